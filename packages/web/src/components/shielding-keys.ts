/** The message key of a shielding ground (i18next reads a colon as a namespace: `TEAM_MEMBER:EXPERT`). */
export const shieldGroundKey = (ground: string) => ground.replace(':', '_');
