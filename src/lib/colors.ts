/**
 * Colours carry meaning, never direction (in Chinese markets red means "up"): better, worse and
 * target are fixed, and every chart explains them in its legend. Series colours are told apart
 * by people with red-green colour blindness.
 */
export const toneColors = {
  better: '#2563a8',
  worse: '#d97706',
  neutral: '#9aa5b1',
} as const;

export const targetColor = '#3e4c59';

export const seriesColors = ['#2563a8', '#0f766e', '#7c3aed', '#b45309', '#64748b'] as const;

export const seriesColor = (index: number) =>
  seriesColors[index % seriesColors.length] ?? seriesColors[0];
