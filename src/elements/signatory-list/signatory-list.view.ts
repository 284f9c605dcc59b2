/**
 * What `<twin-signatory-list>` shows of a dataset: loaded beside the data (see `TwinElement.loadView`), so that a
 * page downloads the list's rendering at the same time as the data, not before it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Agreement, City, Organisation, TwinningDataset } from '../../data/schema.js';
import { ParticipantRoles } from '../../data/roles.js';
import { countryName, partSeparator } from '../../i18n/format.js';
import { msg } from '../../i18n/localize.js';
import { findAgreement, headingLevel, renderMissingAgreement } from '../../shared/agreement.js';
import { languageOfCountry, organisationsOf, otherScriptName, participantsOf, type Participant } from '../../shared/people.js';
import { renderRole } from '../../shared/role-marker.js';
import type { ViewContext } from '../../shared/twin-element.js';
import type { SignatoryFilter, SignatoryLayout } from './signatory-list.js';

export interface SignatoryListContext extends ViewContext {
  readonly agreement: string | undefined;
  readonly roles: string | undefined;
  readonly layout: SignatoryLayout;
  readonly headingLevel: number;
  readonly selected: string | undefined;
  /** A participant was chosen. */
  choose(id: string): void;
}

interface Group {
  readonly city: City | undefined;
  readonly participants: Participant[];
}

/** The list's content for a validated dataset (call while rendering, in the element's locale). */
export function renderSignatoryList(context: SignatoryListContext, dataset: TwinningDataset): unknown {
  return new SignatoryListView(context).render(dataset);
}

class SignatoryListView {
  constructor(private readonly c: SignatoryListContext) {}

  /** The roles the `roles` attribute asks for; undefined when it asks for none we know (show all). */
  private get roleFilter(): ReadonlySet<SignatoryFilter> | undefined {
    const known = new Set<string>([...ParticipantRoles, 'organisation']);
    const asked = (this.c.roles ?? '')
      .split(/[\s,]+/)
      .map((r) => r.trim().toLowerCase())
      .filter((r): r is SignatoryFilter => known.has(r));
    return asked.length ? new Set(asked) : undefined;
  }

  render(dataset: TwinningDataset): unknown {
    const agreement = findAgreement(dataset, this.c.agreement);
    if (!agreement) return renderMissingAgreement(this.c.agreement);
    const filter = this.roleFilter;
    const participants = participantsOf(dataset, agreement).filter((p) => !filter || filter.has(p.role));
    const organisations = !filter || filter.has('organisation') ? organisationsOf(dataset, agreement) : [];
    const groups = this.groupByCity(dataset, agreement, participants);
    if (!groups.length && !organisations.length) {
      return html`<p class="notice" role="status">${msg('No participants to show.', { id: 'list.empty' })}</p>`;
    }
    const layout: SignatoryLayout = this.c.layout === 'compact' || this.c.layout === 'columns' ? this.c.layout : 'list';
    // The cities in their own grid (a column each when wide), the organisations present under all of them.
    return html`<div part="groups" class="groups ${layout}">
      ${groups.length ? html`<div class="cities">${groups.map((g, i) => this.renderGroup(g, i, layout))}</div>` : nothing}
      ${organisations.length ? this.renderOrganisations(organisations, layout) : nothing}
    </div>`;
  }

  /** Groups in the order of the agreement's parties, then any other city, then people of no known city. */
  private groupByCity(dataset: TwinningDataset, agreement: Agreement, participants: Participant[]): Group[] {
    const order = [...agreement.parties, ...dataset.cities.map((c) => c.id).filter((id) => !agreement.parties.includes(id))];
    const groups: Group[] = order
      .map((id) => ({ city: dataset.cities.find((c) => c.id === id), participants: participants.filter((p) => p.city?.id === id) }))
      .filter((g) => g.participants.length > 0);
    const elsewhere = participants.filter((p) => !p.city);
    if (elsewhere.length) groups.push({ city: undefined, participants: elsewhere });
    return groups;
  }

  private heading(id: string, content: unknown): TemplateResult {
    return html`<div part="group-heading" class="section-title group-heading" role="heading" aria-level=${headingLevel(this.c.headingLevel, 3)} id=${id}>
      ${content}
    </div>`;
  }

  private renderGroup(group: Group, index: number, layout: SignatoryLayout): TemplateResult {
    const id = `group-${index}`;
    const lang = this.c.lang;
    const title = group.city
      ? html`<span class="city">${this.c.renderText(group.city.name)}</span><span class="visually-hidden">${partSeparator(lang)}</span><span class="muted country">${countryName(group.city.country, lang)}</span>`
      : msg('Other participants', { id: 'list.others' });
    return html`<section part="group" class="group" aria-labelledby=${id}>
      ${this.heading(id, title)}
      <ul class="plain-list people">
        ${group.participants.map((p) => this.renderParticipant(p, layout))}
      </ul>
    </section>`;
  }

  private renderParticipant({ person, role, city, organisation }: Participant, layout: SignatoryLayout): TemplateResult {
    const native = otherScriptName(person.name, this.c.requested, city ? languageOfCountry(city.country) : undefined);
    const selected = this.c.selected === person.id;
    // The title names the organisation already (`Head of the Islamic City Council of Khoy`): the organisation only
    // where there is no title.
    const details = person.title ?? organisation?.name;
    return html`<li>
      <button type="button" part="person" class="person" aria-pressed=${selected ? 'true' : 'false'} @click=${() => this.c.choose(person.id)}>
        <span class="names">
          <bdi part="name" class="name">${this.c.renderText(person.name)}</bdi>
          ${native ? html`<bdi part="native-name" class="native-name" lang=${native.lang!}>${native.text}</bdi>` : nothing}
          ${renderRole(role)}
        </span>
        ${layout === 'compact' || !details ? nothing : html`<span class="details muted"><bdi>${this.c.renderText(details)}</bdi></span>`}
      </button>
    </li>`;
  }

  private renderOrganisations(organisations: Organisation[], layout: SignatoryLayout): TemplateResult {
    const id = 'group-organisations';
    return html`<section part="group" class="group organisations" aria-labelledby=${id}>
      ${this.heading(id, msg('Organisations present', { id: 'list.organisations' }))}
      <ul class="plain-list people">
        ${organisations.map(
          (o) => html`<li class="organisation">
            <bdi class="name">${this.c.renderText(o.name)}</bdi>${o.abbr && layout !== 'compact' ? html` <span class="muted">(<bdi>${this.c.renderText(o.abbr)}</bdi>)</span>` : nothing}
          </li>`,
        )}
      </ul>
    </section>`;
  }
}
