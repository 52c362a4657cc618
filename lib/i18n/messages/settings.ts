/** settings strings: [zh-CN, English]; see common.ts for the rules. */
export default {} as const satisfies Record<string, readonly [string, string]>;
