import { useState } from 'preact/hooks';
import { useT } from '../i18n-context';

export interface JoinRequest {
  url: string;
  db: string;
  user: string;
  password: string;
}

const FIELDS = [
  ['url', 'team_url', 'url'],
  ['db', 'team_db', 'text'],
  ['user', 'team_user', 'text'],
  ['password', 'team_password', 'password'],
] as const;

export function JoinTeamForm({ disabled, onJoin }: { disabled: boolean; onJoin(request: JoinRequest): void }) {
  const t = useT();
  const [request, setRequest] = useState<JoinRequest>({ url: '', db: '', user: '', password: '' });
  return (
    <form
      id="team-join"
      onSubmit={(event) => {
        event.preventDefault();
        onJoin({ ...request, url: request.url.trim(), db: request.db.trim(), user: request.user.trim() });
      }}
    >
      {FIELDS.map(([field, label, type]) => (
        <label key={field}>
          {t(label)}{' '}
          <input
            id={`team-${field}`}
            // Preact types inputs apart by `type`; each of the three is a text-like input.
            type={type as 'text'}
            required
            autocomplete={field === 'password' ? 'current-password' : 'off'}
            value={request[field]}
            onInput={(e) => setRequest((r) => ({ ...r, [field]: (e.currentTarget as HTMLInputElement).value }))}
          />
        </label>
      ))}
      <button type="submit" id="team-join-button" disabled={disabled}>
        {t('team_join')}
      </button>
    </form>
  );
}
