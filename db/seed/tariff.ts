import type { LandUse } from '../schema/enums';

/**
 * A plausible monthly tariff for the demo bills (COP): fixed charges plus consumption,
 * with the subsidies (estratos 1–3) and contributions (5–6, non-residential) of Ley 142.
 */
const FIXED_AQUEDUCT = 9_850;
const FIXED_SEWER = 5_420;
const PER_M3_AQUEDUCT = 2_480;
const PER_M3_SEWER = 1_960;
const WASTE_BASE = 18_300;

const FACTOR_BY_STRATUM: Record<number, number> = { 1: 0.5, 2: 0.6, 3: 0.85, 4: 1, 5: 1.5, 6: 1.6 };
const FACTOR_BY_USE: Record<LandUse, number> = { RESIDENCIAL: 1, COMERCIAL: 1.5, INDUSTRIAL: 1.3, OFICIAL: 1 };

const tens = (n: number) => Math.round(n / 10) * 10;

export function tariffFor(landUse: LandUse, stratum: number | null, consumptionM3: number) {
  const factor = stratum ? FACTOR_BY_STRATUM[stratum]! : FACTOR_BY_USE[landUse];
  return {
    aqueduct: tens((FIXED_AQUEDUCT + PER_M3_AQUEDUCT * consumptionM3) * factor),
    sewer: tens((FIXED_SEWER + PER_M3_SEWER * consumptionM3) * factor),
    waste: tens(WASTE_BASE * factor),
  };
}
