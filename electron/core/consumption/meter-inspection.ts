/**
 * The causal a meter inspection is radicated under (seed 004), offered by the subscriber view
 * when the meter looks stuck or the consumption is high. Every new office's catalog has it.
 */
export const METER_INSPECTION = { service: 'ACUEDUCTO', causeName: 'INSPECCIÓN DE MEDIDOR' } as const;
