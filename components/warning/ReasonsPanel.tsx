import type { Flag, PhraseMatch } from '@/utils/engine/types';
import { highlightSegments, safeLink } from '@/utils/highlight';
import type { Translate } from '@/utils/i18n/translate';
import type { RuleToMute } from '@/utils/messaging/protocol';
import { kindLabelKey } from '../flag-labels';

interface Props {
  id: string;
  t: Translate;
  text: string;
  flags: Flag[];
  /** Absent where rules cannot be muted (the reports page). */
  onMute?(rule: RuleToMute): void;
}

/** One button per distinct pattern: muting "coblos" should not mute "nomor urut" too. */
function distinctPatterns(matches: PhraseMatch[]): PhraseMatch[] {
  return [...new Map(matches.map((m) => [m.patternId, m])).values()];
}

function Highlighted({ text, matches }: { text: string; matches: PhraseMatch[] }) {
  return (
    <p class="caption">
      {highlightSegments(text, matches).map((segment, i) => (segment.marked ? <mark key={i}>{segment.text}</mark> : segment.text))}
    </p>
  );
}

function HoaxEntry({ flag, t, onMute }: { flag: Flag; t: Translate; onMute: Props['onMute'] }) {
  const hoax = flag.hoax!;
  const link = safeLink(hoax.url);
  return (
    <div class="hoax">
      <p>
        <strong>{t('badge_hoax_claim')}</strong> {hoax.claim}
      </p>
      <p>
        {t('badge_hoax_verdict', hoax.verdict)}
        {hoax.date && ` · ${t('badge_hoax_date', hoax.date)}`} · {t('badge_score', hoax.score.toFixed(2))}
      </p>
      {link && (
        <p>
          <a href={link} target="_blank" rel="noopener noreferrer">
            {t('badge_hoax_link')}
          </a>
        </p>
      )}
      {onMute && (
        <button type="button" class="link" onClick={() => onMute({ kind: 'claim', id: hoax.claimId, label: hoax.claim.slice(0, 300) })}>
          {t('badge_mute_rule')}
        </button>
      )}
    </div>
  );
}

function PhraseReasons({ flag, text, t, onMute }: { flag: Flag; text: string; t: Translate; onMute: Props['onMute'] }) {
  return (
    <>
      <p>{t('badge_matched_phrases')}</p>
      <Highlighted text={text} matches={flag.matches} />
      <ul class="rules">
        {distinctPatterns(flag.matches).map((m) => (
          <li key={m.patternId}>
            <mark>{m.phrase}</mark>{' '}
            {onMute && (
              <button type="button" class="link" aria-label={`${t('badge_mute_rule')}: ${m.phrase}`} onClick={() => onMute({ kind: 'pattern', id: m.patternId, label: m.phrase })}>
                {t('badge_mute_rule')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** "Why?": the phrases that matched, highlighted in the caption, or the hoax entry with its fact-check. */
export function ReasonsPanel({ id, t, text, flags, onMute }: Props) {
  return (
    <div id={id} class="reasons">
      {flags.map((flag) => (
        <section key={flag.kind} class="reason" data-kind={flag.kind}>
          <h3>
            {t(kindLabelKey(flag.kind))} · {t('badge_score', flag.score.toFixed(2))}
          </h3>
          {flag.hoax ? <HoaxEntry flag={flag} t={t} onMute={onMute} /> : <PhraseReasons flag={flag} text={text} t={t} onMute={onMute} />}
        </section>
      ))}
    </div>
  );
}
