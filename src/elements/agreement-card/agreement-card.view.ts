/**
 * What `<twin-agreement-card>` shows of a dataset: loaded beside the data (see `TwinElement.loadView`), so that a
 * page downloads the card's rendering and the calendar code at the same time as the data, not before it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Agreement, City, Source, Statement, TwinningDataset } from '../../data/schema.js';
import { isSafeUrl } from '../../data/safe-url.js';
import { parseHistoricalDate } from '../../i18n/historical-date.js';
import { dateFormatterSteps, displayDate, formatHistoricalDate } from '../../i18n/dates.js';
import { countryName, listSeparators, partSeparator } from '../../i18n/format.js';
import { pickText } from '../../i18n/text.js';
import { directionOfLanguage } from '../../i18n/language.js';
import { msg } from '../../i18n/localize.js';
import { findAgreement, headingLevel, renderMissingAgreement } from '../../shared/agreement.js';
import { organisationsOf, participantsOf, statementsOf, type Participant } from '../../shared/people.js';
import { renderRole } from '../../shared/role-marker.js';
import type { ViewContext } from '../../shared/twin-element.js';

export interface AgreementCardContext extends ViewContext {
  readonly agreement: string | undefined;
  readonly headingLevel: number;
}

/** The card's content for a validated dataset (call while rendering, in the element's locale). */
export function renderAgreementCard(context: AgreementCardContext, dataset: TwinningDataset): unknown {
  return new AgreementCardView(context).render(dataset);
}

/** The steps that make the date formatters the card's first render uses, while the data downloads. */
export function agreementCardPreparations(context: ViewContext): (() => void)[] {
  return dateFormatterSteps(context.lang, context.primaryCalendar, context.secondaryCalendar);
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
      ${this.renderStatements(dataset, agreement, sub)} ${this.renderSources(dataset, agreement, sub)}
      <slot name="footer"></slot>
    </article>`;
  }

  /** The separator between parts of a name or line in the element's language. */
  private get comma(): string {
    return partSeparator(this.c.lang);
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

  private renderParticipant({ person, organisation, role }: Participant, showRole: boolean): TemplateResult {
    const details = person.title ?? organisation?.name;
    return html`<li class="participant">
      <span class="person-line"><bdi class="person-name">${this.c.renderText(person.name)}</bdi>${showRole ? renderRole(role) : nothing}</span>${details
        ? html`<span class="muted person-title">${this.c.renderText(details)}</span>`
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
            <dd><ul class="people">${signatories.map((p) => this.renderParticipant(p, false))}</ul></dd>
          </div>`
        : nothing}
      ${others.length || organisations.length
        ? html`<div class="fact">
            <dt>${msg('Also present', { id: 'card.present' })}</dt>
            <dd>
              <ul class="people">
                ${others.map((p) => this.renderParticipant(p, true))}
                ${organisations.map(
                  (o) => html`<li class="organisation"><bdi>${this.c.renderText(o.name)}</bdi>${o.abbr ? html` <span class="abbr">(<bdi>${this.c.renderText(o.abbr)}</bdi>)</span>` : nothing}</li>`,
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
      ${names.length
        ? html`<p class="muted proposed-by">${msg('Proposed by', { id: 'card.proposed-by' })} ${this.joined(names.map((n) => html`<bdi>${this.c.renderText(n.name)}</bdi>`))}</p>`
        : nothing}
      <ul class="items">
        ${agreement.proposals.map((p) => html`<li>${this.c.renderText(p.label)}</li>`)}
      </ul>
    </section>`;
  }

  /** Items joined as a list of the reader's language: `A, B and C`, `الف، ب و ج`. */
  private joined(items: readonly unknown[], type: 'conjunction' | 'unit' = 'conjunction'): unknown {
    const separators = listSeparators(items.length, this.c.lang, type);
    return items.map((item, i) => html`${i ? separators[i - 1] : nothing}${item}`);
  }

  /** A source's date, kept on one line (`۲۳ آذر ۱۴۰۴`). */
  private sourceDate(source: Source): unknown {
    const date = source.date ? parseHistoricalDate(source.date) : undefined;
    if (!date) return undefined;
    return html`<span class="source-date">${formatHistoricalDate(date, this.c.lang, this.c.primaryCalendar)}</span>`;
  }

  /**
   * A source as the reader finds it: the outlet in the reader's language, linked where the source has an address,
   * the date, and the headline (in its own language) only where the source has one; the article numbers of the
   * addresses are no titles.
   */
  private renderSource(source: Source): TemplateResult {
    const outlet = source.publisher ?? source.title!;
    const name = html`<bdi class="outlet">${this.c.renderText(outlet)}</bdi>`;
    const linked = source.url && isSafeUrl(source.url) ? html`<a href=${source.url}>${name}</a>` : name;
    const headline =
      source.publisher && source.title
        ? this.headline(source)
        : undefined;
    const parts = [linked, this.sourceDate(source), headline].filter((p) => p !== undefined);
    return html`<li>${this.joined(parts, 'unit')}</li>`;
  }

  /** A source's headline, upright, in the quotation marks of its language. */
  private headline(source: Source): TemplateResult {
    const picked = pickText(source.title, this.c.requested);
    const lang = picked.lang ?? source.language;
    const [open, close] = quoteMarks(lang ?? this.c.lang);
    // The direction of the headline's language, not dir=auto: the quotation marks, neutral, must sit at its ends.
    return html`<cite class="headline" lang=${ifDefined(lang)} dir=${lang ? directionOfLanguage(lang) : 'auto'}>${open}${picked.text}${close}</cite>`;
  }

  private renderStatements(dataset: TwinningDataset, agreement: Agreement, level: number): unknown {
    const statements = statementsOf(dataset, agreement);
    if (!statements.length) return nothing;
    return html`<section part="statements" class="statements" aria-labelledby="statements-title">
      <div class="section-title" role="heading" aria-level=${level} id="statements-title">${msg('In their words', { id: 'card.statements' })}</div>
      <div class="quotes">${statements.map((s) => this.renderStatement(dataset, s))}</div>
    </section>`;
  }

  /**
   * One statement: the words in the reader's language where the data has them (marked as a translation when they
   * are one), with who said them, in which office, and where they are quoted from.
   */
  private renderStatement(dataset: TwinningDataset, statement: Statement): TemplateResult {
    const person = dataset.people.find((p) => p.id === statement.person)!;
    const source = dataset.sources.find((s) => s.id === statement.source)!;
    const shown = pickText(statement.text, this.c.requested);
    const lang = shown.lang ?? statement.language;
    const translated = lang.toLowerCase() !== statement.language.toLowerCase();
    const url = source.url && isSafeUrl(source.url) ? source.url : undefined;
    const [open, close] = quoteMarks(lang);
    const office = person.title ?? (person.organisation ? dataset.organisations.find((o) => o.id === person.organisation)?.name : undefined);
    const outlet = html`<bdi class="outlet">${this.c.renderText(source.publisher ?? source.title!)}</bdi>`;
    const date = this.sourceDate(source);
    return html`<figure part="statement" class="statement">
      <blockquote cite=${ifDefined(url)} lang=${lang} dir=${directionOfLanguage(lang)}><p>${open}${shown.text}${close}</p></blockquote>
      <figcaption>
        <span class="speaker"><bdi class="person-name">${this.c.renderText(person.name)}</bdi>${office
          ? html`<span class="muted person-title">${this.c.renderText(office)}</span>`
          : nothing}</span>
        <span class="muted quoted-from">${translated
          ? html`<span part="translation-mark" class="translation-mark">${msg('Translation', { id: 'card.statement.translation' })}</span> `
          : nothing}${msg('Quoted from', { id: 'card.statement.source' })} ${this.joined([url ? html`<a href=${url}>${outlet}</a>` : outlet, date].filter((p) => p !== undefined), 'unit')}</span>
      </figcaption>
    </figure>`;
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

/** The quotation marks of a language: guillemets in Persian and Azerbaijani (both scripts), curly quotes else. */
function quoteMarks(lang: string): [string, string] {
  return /^(fa|az|azb|ar|ur|ckb|ps)\b/i.test(lang) ? ['«', '»'] : ['“', '”'];
}
