/**
 * What `<twin-agreement-card>` shows of a dataset: loaded beside the data (see `TwinElement.loadView`), so that a
 * page downloads the card's rendering and the calendar code at the same time as the data, not before it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Agreement, City, Source, TwinningDataset } from '../../data/schema.js';
import { isSafeUrl } from '../../data/safe-url.js';
import { parseHistoricalDate } from '../../i18n/historical-date.js';
import { displayDate, formatHistoricalDate, prepareDateFormatters } from '../../i18n/dates.js';
import { countryName, partSeparator } from '../../i18n/format.js';
import { msg } from '../../i18n/localize.js';
import { findAgreement, headingLevel, renderMissingAgreement } from '../../shared/agreement.js';
import { organisationsOf, participantsOf, roleLabel, type Participant } from '../../shared/people.js';
import type { ViewContext } from '../../shared/twin-element.js';

export interface AgreementCardContext extends ViewContext {
  readonly agreement: string | undefined;
  readonly headingLevel: number;
}

/** The card's content for a validated dataset (call while rendering, in the element's locale). */
export function renderAgreementCard(context: AgreementCardContext, dataset: TwinningDataset): unknown {
  return new AgreementCardView(context).render(dataset);
}

/** Makes the date formatters the card's first render uses, while the data downloads. */
export function prepareAgreementCard(context: ViewContext): void {
  prepareDateFormatters(context.lang, context.primaryCalendar, context.secondaryCalendar);
}

class AgreementCardView {
  constructor(private readonly c: AgreementCardContext) {}

  render(dataset: TwinningDataset): unknown {
    const agreement = findAgreement(dataset, this.c.agreement);
    if (!agreement) return renderMissingAgreement(this.c.agreement);
    const level = headingLevel(this.c.headingLevel, 2);
    const sub = Math.min(6, level + 1);
    const titleId = 'agreement-title';
    return html`<article class="card" aria-labelledby=${titleId}>
      <header part="header" class="header">
        <slot name="logo"></slot>
        <div class="heading">
          <p class="kind">${this.kindLabel(agreement.kind)}</p>
          <div part="title" class="title" role="heading" aria-level=${level} id=${titleId}>${this.c.renderText(agreement.title)}</div>
        </div>
        <span part="status" class="badge status">${this.statusLabel(agreement.status)}</span>
      </header>
      ${agreement.summary ? html`<p class="summary">${this.c.renderText(agreement.summary)}</p>` : nothing}
      ${this.renderParties(dataset, agreement)} ${this.renderFacts(dataset, agreement)}
      <div class="sections">
        ${agreement.areas.length
          ? html`<section part="areas" class="areas" aria-labelledby="areas-title">
              <div class="section-title" role="heading" aria-level=${sub} id="areas-title">${msg('Areas of cooperation', { id: 'card.areas' })}</div>
              <ul class="items">
                ${agreement.areas.map((a) => html`<li>${this.c.renderText(a.label)}</li>`)}
              </ul>
            </section>`
          : nothing}
        ${this.renderProposals(dataset, agreement, sub)}
      </div>
      ${this.renderSources(dataset, agreement, sub)}
      <slot name="footer"></slot>
    </article>`;
  }

  /** The separator between parts of a name or line in the element's language. */
  private get comma(): string {
    return partSeparator(this.c.lang);
  }

  private kindLabel(kind: Agreement['kind']): string {
    switch (kind) {
      case 'memorandum-of-understanding':
        return msg('Sister-city memorandum of understanding', { id: 'card.kind.memorandum' });
      case 'sister-city-agreement':
        return msg('Sister-city agreement', { id: 'card.kind.agreement' });
      case 'protocol':
        return msg('Sister-city protocol', { id: 'card.kind.protocol' });
    }
  }

  private statusLabel(status: Agreement['status']): string {
    switch (status) {
      case 'proposed':
        return msg('Proposed', { id: 'card.status.proposed' });
      case 'signed':
        return msg('Signed', { id: 'card.status.signed' });
      case 'in-force':
        return msg('In force', { id: 'card.status.in-force' });
      case 'ended':
        return msg('Ended', { id: 'card.status.ended' });
    }
  }

  private cityLine(city: City): unknown {
    const country = countryName(city.country, this.c.lang);
    return city.region ? html`${this.c.renderText(city.region)}${this.comma}${country}` : country;
  }

  private renderParties(dataset: TwinningDataset, agreement: Agreement): TemplateResult {
    const cities = agreement.parties.map((id) => dataset.cities.find((c) => c.id === id)!);
    const party = (city: City) =>
      html`<li part="party" class="party">
        <span class="party-name">${this.c.renderText(city.name)}</span>
        <span class="muted">${this.cityLine(city)}</span>
      </li>`;
    return html`<ul part="parties" class="parties" aria-label=${msg('The twinned cities', { id: 'card.parties' })}>
      ${party(cities[0]!)}
      <li class="link" aria-hidden="true">⇄</li>
      ${party(cities[1]!)}
    </ul>`;
  }

  private renderDate(agreement: Agreement): TemplateResult {
    const date = parseHistoricalDate(agreement.date)!;
    const shown = displayDate(date, this.c.lang, this.c.primaryCalendar, this.c.secondaryCalendar);
    return html`<time datetime=${ifDefined(shown.iso)}>${shown.text}</time>${shown.secondary
        ? html`<span class="secondary-date">${shown.secondary}</span>`
        : nothing}${shown.western ? html`<span class="secondary-date">${shown.western}</span>` : nothing}`;
  }

  private renderPlace(dataset: TwinningDataset, agreement: Agreement): unknown {
    const city = dataset.cities.find((c) => c.id === agreement.place);
    const place = city ? undefined : dataset.places.find((p) => p.id === agreement.place);
    const placeCity = city ?? dataset.cities.find((c) => c.id === place?.city);
    const parts: unknown[] = [];
    if (agreement.venue) parts.push(this.c.renderText(agreement.venue));
    if (place) parts.push(this.c.renderText(place.name));
    if (placeCity) parts.push(html`${this.c.renderText(placeCity.name)}${this.comma}${countryName(placeCity.country, this.c.lang)}`);
    return parts.map((p, i) => html`${i ? html`<br />` : nothing}${p}`);
  }

  private renderParticipant({ person, organisation }: Participant, role?: string): TemplateResult {
    const details = person.title ?? organisation?.name;
    return html`<li>
      <bdi class="person-name">${this.c.renderText(person.name)}</bdi>${details ? html`<span class="muted">${this.comma}${this.c.renderText(details)}</span>` : nothing}${role
        ? html` <span class="role">(${role})</span>`
        : nothing}
    </li>`;
  }

  private renderFacts(dataset: TwinningDataset, agreement: Agreement): TemplateResult {
    const participants = participantsOf(dataset, agreement);
    const signatories = participants.filter((p) => p.role === 'signatory');
    const others = participants.filter((p) => p.role !== 'signatory');
    const organisations = organisationsOf(dataset, agreement);
    return html`<dl part="facts" class="facts">
      <div class="fact">
        <dt>${msg('Date', { id: 'card.date' })}</dt>
        <dd>${this.renderDate(agreement)}</dd>
      </div>
      <div class="fact">
        <dt>${msg('Place', { id: 'card.place' })}</dt>
        <dd>${this.renderPlace(dataset, agreement)}</dd>
      </div>
      ${signatories.length
        ? html`<div class="fact">
            <dt>${msg('Signed by', { id: 'card.signed-by' })}</dt>
            <dd><ul class="people">${signatories.map((p) => this.renderParticipant(p))}</ul></dd>
          </div>`
        : nothing}
      ${others.length || organisations.length
        ? html`<div class="fact">
            <dt>${msg('Also present', { id: 'card.present' })}</dt>
            <dd>
              <ul class="people">
                ${others.map((p) => this.renderParticipant(p, roleLabel(p.role)))}
                ${organisations.map(
                  (o) => html`<li><bdi>${this.c.renderText(o.name)}</bdi>${o.abbr ? html` (<bdi>${this.c.renderText(o.abbr)}</bdi>)` : nothing}</li>`,
                )}
              </ul>
            </dd>
          </div>`
        : nothing}
    </dl>`;
  }

  private renderProposals(dataset: TwinningDataset, agreement: Agreement, level: number): unknown {
    if (!agreement.proposals.length) return nothing;
    const proposers = [...new Set(agreement.proposals.map((p) => p.by).filter((id): id is string => !!id))];
    const names = proposers.map((id) => dataset.people.find((p) => p.id === id)!);
    return html`<section part="proposals" class="proposals" aria-labelledby="proposals-title">
      <div class="section-title" role="heading" aria-level=${level} id="proposals-title">${msg('Proposed next steps', { id: 'card.proposals' })}</div>
      ${names.length === 1
        ? html`<p class="muted proposed-by">${msg('Proposed by', { id: 'card.proposed-by' })} <bdi>${this.c.renderText(names[0]!.name)}</bdi></p>`
        : nothing}
      <ul class="items">
        ${agreement.proposals.map((p) => html`<li>${this.c.renderText(p.label)}</li>`)}
      </ul>
    </section>`;
  }

  private renderSource(source: Source): TemplateResult {
    const lang = this.c.lang;
    const title = html`<cite lang=${ifDefined(source.language)} dir="auto">${this.c.renderText(source.title)}</cite>`;
    const date = source.date ? parseHistoricalDate(source.date) : undefined;
    const meta = [source.publisher ? this.c.renderText(source.publisher) : undefined, date ? formatHistoricalDate(date, lang, this.c.primaryCalendar) : undefined].filter(
      (x) => x !== undefined,
    );
    return html`<li>
      ${source.url && isSafeUrl(source.url) ? html`<a href=${source.url}>${title}</a>` : title}${meta.length
        ? html`<span class="muted"> — ${meta.map((m, i) => html`${i ? this.comma : nothing}<bdi>${m}</bdi>`)}</span>`
        : nothing}
    </li>`;
  }

  private renderSources(dataset: TwinningDataset, agreement: Agreement, level: number): unknown {
    const sources = agreement.sources.map((id) => dataset.sources.find((s) => s.id === id)!);
    if (!sources.length) return nothing;
    return html`<footer class="sources" aria-labelledby="sources-title">
      <div class="section-title" role="heading" aria-level=${level} id="sources-title">${msg('Sources', { id: 'card.sources' })}</div>
      <ul part="sources">
        ${sources.map((s) => this.renderSource(s))}
      </ul>
    </footer>`;
  }
}
