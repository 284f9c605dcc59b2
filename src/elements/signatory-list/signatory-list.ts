import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Agreement, City, Organisation, ParticipantRole, TwinningDataset } from '../../data/schema.js';
import { ParticipantRoles } from '../../data/schema.js';
import { countryName, partSeparator } from '../../i18n/format.js';
import { msg } from '../../i18n/localize.js';
import { findAgreement, headingLevel, renderMissingAgreement } from '../../shared/agreement.js';
import { languageOfCountry, organisationsOf, otherScriptName, participantsOf, roleLabel, type Participant } from '../../shared/people.js';
import { forcedColors, shared, tokens } from '../../shared/styles.js';
import { TwinElement } from '../../shared/twin-element.js';
import { signatoryListStyles } from './signatory-list.styles.js';

export type SignatoryLayout = 'list' | 'compact' | 'columns';

/** What the `roles` attribute may name: the ceremony roles, and `organisation` for the organisations present. */
export type SignatoryFilter = ParticipantRole | 'organisation';

interface Group {
  readonly city: City | undefined;
  readonly participants: Participant[];
}

/**
 * Who signed, spoke, witnessed or hosted an agreement, grouped by city in the order of the agreement's parties,
 * then the organisations present. Each name is in the reader's language, with its form in the other script beside
 * it (a Persian name in Persian script for Turkish, English and Azerbaijani readers; the Latin form for Persian
 * readers), each marked with its own language. Shows the embedded Khoy–Konya memorandum unless given other data.
 *
 * @tagname twin-signatory-list
 * @summary The participants of a sister-city agreement, by city.
 *
 * @csspart base - The outer frame.
 * @csspart groups - The container of the city groups.
 * @csspart group - One city's group (or the organisations').
 * @csspart group-heading - A group's heading.
 * @csspart person - One participant's button.
 * @csspart name - A participant's name in the reader's language.
 * @csspart native-name - The same name in the other script.
 * @csspart role - A role badge.
 * @csspart error - The error message shown when the data cannot be used.
 *
 * @cssproperty --twin-color-text - Text color.
 * @cssproperty --twin-color-muted - Secondary text color.
 * @cssproperty --twin-color-surface - Background.
 * @cssproperty --twin-color-subtle - Background of a hovered or selected participant.
 * @cssproperty --twin-color-border - Border color.
 * @cssproperty --twin-color-accent - Role badges and the selection mark.
 * @cssproperty --twin-color-on-accent - Text on the accent color.
 * @cssproperty --twin-color-focus - Focus ring color.
 * @cssproperty --twin-radius - Corner radius.
 * @cssproperty --twin-space - Base spacing.
 * @cssproperty --twin-font-family - Font (default: inherited from the page).
 *
 * @event twin-select - A participant was chosen; `detail` is `{kind: 'person', id}`. Cancel it to keep the selection.
 * @event twin-load - The dataset loaded and validated; `detail` is the dataset.
 * @event twin-error - The dataset could not be loaded or is invalid; `detail` is `{code, message, issues}`.
 */
export class TwinSignatoryList extends TwinElement {
  static override styles = [tokens, shared, signatoryListStyles, forcedColors];

  static override properties: PropertyDeclarations = {
    ...TwinElement.properties,
    agreement: { type: String },
    roles: { type: String },
    layout: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    selected: { type: String, reflect: true },
  };

  /** The id of the agreement whose participants to show (default: the dataset's first). */
  declare agreement: string | undefined;
  /**
   * Which roles to show, separated by spaces or commas: `signatory`, `speaker`, `witness`, `host`, and
   * `organisation` for the organisations present (default: all).
   */
  declare roles: string | undefined;
  /** `list` (default), `compact` (names only, one line each) or `columns` (a column per city when wide enough). */
  declare layout: SignatoryLayout;
  /** The level of the group headings, 1 to 6 (default 3). */
  declare headingLevel: number;
  /** The id of the selected person; set it to highlight one from outside. */
  declare selected: string | undefined;

  constructor() {
    super();
    this.layout = 'list';
    this.headingLevel = 3;
  }

  /** The roles the `roles` attribute asks for; undefined when it asks for none we know (show all). */
  private get roleFilter(): ReadonlySet<SignatoryFilter> | undefined {
    const known = new Set<string>([...ParticipantRoles, 'organisation']);
    const asked = (this.roles ?? '')
      .split(/[\s,]+/)
      .map((r) => r.trim().toLowerCase())
      .filter((r): r is SignatoryFilter => known.has(r));
    return asked.length ? new Set(asked) : undefined;
  }

  protected override renderContent(dataset: TwinningDataset): unknown {
    const agreement = findAgreement(dataset, this.agreement);
    if (!agreement) return renderMissingAgreement(this.agreement);
    const filter = this.roleFilter;
    const participants = participantsOf(dataset, agreement).filter((p) => !filter || filter.has(p.role));
    const organisations = !filter || filter.has('organisation') ? organisationsOf(dataset, agreement) : [];
    const groups = this.groupByCity(dataset, agreement, participants);
    if (!groups.length && !organisations.length) {
      return html`<p class="notice" role="status">${msg('No participants to show.', { id: 'list.empty' })}</p>`;
    }
    const layout: SignatoryLayout = this.layout === 'compact' || this.layout === 'columns' ? this.layout : 'list';
    return html`<div part="groups" class="groups ${layout}">
      ${groups.map((g, i) => this.renderGroup(g, i, layout))}
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
    return html`<div part="group-heading" class="section-title group-heading" role="heading" aria-level=${headingLevel(this.headingLevel, 3)} id=${id}>
      ${content}
    </div>`;
  }

  private renderGroup(group: Group, index: number, layout: SignatoryLayout): TemplateResult {
    const id = `group-${index}`;
    const lang = this.language.lang;
    const title = group.city
      ? html`${this.renderText(group.city.name)}<span class="muted country">${partSeparator(lang)}${countryName(group.city.country, lang)}</span>`
      : msg('Other participants', { id: 'list.others' });
    return html`<section part="group" class="group" aria-labelledby=${id}>
      ${this.heading(id, title)}
      <ul class="plain-list people">
        ${group.participants.map((p) => this.renderParticipant(p, layout))}
      </ul>
    </section>`;
  }

  private renderParticipant({ person, role, city, organisation }: Participant, layout: SignatoryLayout): TemplateResult {
    const native = otherScriptName(person.name, this.language.requested, city ? languageOfCountry(city.country) : undefined);
    const selected = this.selected === person.id;
    const details = [person.title, organisation?.name].filter((t) => t !== undefined);
    return html`<li>
      <button type="button" part="person" class="person" aria-pressed=${selected ? 'true' : 'false'} @click=${() => this.choose(person.id)}>
        <span class="names">
          <bdi part="name" class="name">${this.renderText(person.name)}</bdi>
          ${native ? html`<bdi part="native-name" class="native-name" lang=${native.lang!}>${native.text}</bdi>` : nothing}
        </span>
        <span part="role" class="badge role">${roleLabel(role)}</span>
        ${layout === 'compact' || !details.length
          ? nothing
          : html`<span class="details muted">${details.map((d, i) => html`${i ? partSeparator(this.language.lang) : nothing}<bdi>${this.renderText(d)}</bdi>`)}</span>`}
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
            <bdi class="name">${this.renderText(o.name)}</bdi>${o.abbr && layout !== 'compact' ? html` <span class="muted">(<bdi>${this.renderText(o.abbr)}</bdi>)</span>` : nothing}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private choose(id: string): void {
    if (this.emit('twin-select', { kind: 'person', id })) this.selected = id;
  }
}
