export function ShieldLogo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path d="M16 2 4 6.5v8.2c0 7.4 5.1 13.3 12 15.3 6.9-2 12-7.9 12-15.3V6.5L16 2Z" fill="#c2410c" />
      <path d="M16 5.2 7 8.6v6.1c0 5.8 3.8 10.5 9 12.2V5.2Z" fill="#ea580c" />
      <path
        d="m11 16 3.6 3.6L21.5 12.7"
        fill="none"
        stroke="#fff"
        strokeWidth="2.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
