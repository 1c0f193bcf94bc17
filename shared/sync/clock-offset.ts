/**
 * How far a seat's clock ran ahead of the hub's (a minus: behind), in whole minutes with the
 * sign shown: "+7", "−3". From a skew as the hub measures it (hub − seat), so the sign reads the
 * way a supervisor checks the times: "+7" means the times shown are 7 minutes late.
 */
export function clockOffsetMinutes(skewMs: number): string {
  const minutes = Math.round(-skewMs / 60_000);
  return minutes < 0 ? `−${-minutes}` : `+${minutes}`;
}
