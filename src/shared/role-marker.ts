/**
 * A participant's role as the card and the signatory list show it: its name in the reader's language after an icon
 * of its own shape (a pen for the signatory, a speech bubble for the speaker, an eye for the witness, a house for
 * the host), in a colour of its own, so that the roles differ by more than colour (VISUAL.md).
 */
import { css, svg, html, type TemplateResult } from 'lit';
import type { ParticipantRole } from '../data/roles.js';
import { roleLabel } from './people.js';
import { schemeColours } from './styles.js';

/** One path per role in a 16 × 16 box. */
const ICONS: Record<ParticipantRole, string> = {
  // A pen, writing towards the lower corner.
  signatory: 'M11.3 1.3a1 1 0 0 1 1.4 0l2 2a1 1 0 0 1 0 1.4L6 13.4 1.5 14.5l1.1-4.5z',
  // A speech bubble.
  speaker: 'M2.5 2h11A1.5 1.5 0 0 1 15 3.5v6a1.5 1.5 0 0 1-1.5 1.5H7.5L4 14v-3H2.5A1.5 1.5 0 0 1 1 9.5v-6A1.5 1.5 0 0 1 2.5 2z',
  // An eye.
  witness: 'M8 3c3.6 0 6.2 2.8 7 5-.8 2.2-3.4 5-7 5S1.8 10.2 1 8c.8-2.2 3.4-5 7-5zm0 2.2a2.8 2.8 0 1 0 0 5.6 2.8 2.8 0 0 0 0-5.6z',
  // A house.
  host: 'M8 1.5 15 7.6h-2V14.5H9.5v-4h-3v4H3V7.6H1z',
};

/** The role's badge: icon and name (the icon is decoration: the name says it). */
export function renderRole(role: ParticipantRole): TemplateResult {
  return html`<span part="role" class="role role-${role}" data-role=${role}
    ><svg class="role-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${svg`<path fill-rule="evenodd" d=${ICONS[role]}></path>`}</svg
    ><span class="role-name">${roleLabel(role)}</span></span
  >`;
}

/** The role badges' look; each role's colour meets AA on the surface, the subtle background, light and dark. */
export const roleMarkerStyles = [
  schemeColours({
    'role-signatory': ['--twin-color-role-signatory', '#0b6b5d', '#6fd6c3'],
    'role-speaker': ['--twin-color-role-speaker', '#7a4300', '#f2c36b'],
    'role-witness': ['--twin-color-role-witness', '#5b3f99', '#c9b6f5'],
    'role-host': ['--twin-color-role-host', '#0a5a8f', '#8cc8f5'],
  }),
  css`
    .role {
      --_role: var(--_role-signatory);
      display: inline-flex;
      align-items: center;
      gap: 0.3em;
      padding-block: 0.05em;
      padding-inline: 0.4em 0.6em;
      border: 1px solid var(--_role);
      border-radius: 999px;
      color: var(--_role);
      font-size: max(0.8125em, 12px);
      font-weight: 600;
      line-height: 1.4;
      white-space: nowrap;
    }
    .role-speaker {
      --_role: var(--_role-speaker);
    }
    .role-witness {
      --_role: var(--_role-witness);
      border-style: dashed;
    }
    .role-host {
      --_role: var(--_role-host);
    }
    .role-icon {
      flex: none;
      inline-size: 1em;
      block-size: 1em;
      fill: currentColor;
    }
    @media (forced-colors: active) {
      .role {
        border-color: CanvasText;
        color: CanvasText;
      }
    }
  `,
];
