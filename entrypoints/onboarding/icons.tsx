/** Line icons for the onboarding cards (no emoji: a buyer's system may lack an emoji font). Decorative. */
const PATHS = {
  detect:
    'M10.5 4a6.5 6.5 0 1 0 4.03 11.6l4.43 4.43 1.06-1.06-4.43-4.43A6.5 6.5 0 0 0 10.5 4Zm0 1.5a5 5 0 1 1 0 10 5 5 0 0 1 0-10Z',
  evidence:
    'M9 4 7.6 6H5a2 2 0 0 0-2 2v9a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V8a2 2 0 0 0-2-2h-2.6L15 4H9Zm3 4a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9Zm0 1.5a3 3 0 1 0 0 6 3 3 0 0 0 0-6Z',
  deadline:
    'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 1.5a7.5 7.5 0 1 1 0 15 7.5 7.5 0 0 1 0-15Zm-.75 2.5v5.31l3.72 3.72 1.06-1.06-3.28-3.28V7h-1.5Z',
  refund:
    'M9.53 4.47 4 10l5.53 5.53 1.06-1.06-3.72-3.72H15a4.25 4.25 0 0 1 0 8.5h-4v1.5h4a5.75 5.75 0 0 0 0-11.5H6.87l3.72-3.72-1.06-1.06Z',
} as const;

export type IconName = keyof typeof PATHS;

export function CardIcon({ name }: { name: IconName }) {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
