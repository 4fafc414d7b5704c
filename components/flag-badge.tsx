import type { FlagExplanation } from './flag-explanations';

/** A flag as a badge plus its plain explanation (and the catalog's red flag when one fits). */
export function FlagNotice({ explanation }: { explanation: FlagExplanation }) {
  const { flag, label, sentence, redFlag, reasons } = explanation;
  return (
    <li className={`certlens-flag certlens-flag--${flag}`}>
      <span className="certlens-flag-badge" data-testid="flag" data-flag={flag}>
        {label}
      </span>{' '}
      <span className="certlens-flag-text">{sentence}</span>
      {reasons && reasons.length > 0 && (
        <ul className="certlens-flag-reasons">
          {reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      )}
      {redFlag && (
        <p className="certlens-flag-redflag">
          <strong>Red flag: {redFlag.pattern}.</strong> {redFlag.why}
        </p>
      )}
    </li>
  );
}
