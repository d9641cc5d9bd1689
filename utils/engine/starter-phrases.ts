import type { PhraseEntry } from './phrase-index';

/**
 * The first, built-in vocabulary. It is deliberately small: the versioned,
 * synced pattern file replaces it once lists exist.
 */
const ELECTION = [
  'pemilu', 'pilpres', 'pilkada', 'pileg', 'capres', 'cawapres', 'caleg', 'paslon',
  'kampanye', 'berkampanye', 'tim kampanye', 'tim pemenangan', 'relawan pemenangan',
  'nomor urut', 'surat suara', 'kpu', 'bawaslu', 'tps', 'partai', 'calon presiden',
  'calon gubernur', 'calon bupati', 'calon walikota', 'election', 'presidential candidate', 'election campaign',
];

const CALL_TO_VOTE = [
  'coblos', 'coblos nomor', 'pilih nomor', 'pilih paslon', 'menangkan', 'ayo pilih',
  'jangan lupa pilih', 'satu putaran', 'vote for', 'election day',
];

const MONEY_APPEAL = [
  'donasi', 'donasikan', 'sumbangan', 'galang dana', 'penggalangan dana', 'patungan', 'sawer',
  'saweran', 'transfer ke rekening', 'no rek', 'nomor rekening', 'donate', 'chip in', 'contribute',
];

const PAYMENT_CHANNEL = [
  'qris', 'saweria', 'trakteer', 'kitabisa', 'gopay', 'ovo', 'shopeepay', 'bca', 'bri', 'bni', 'mandiri',
];

export const STARTER_PHRASES: readonly PhraseEntry[] = [
  ...ELECTION.map((phrase) => ({ phrase, group: 'election' as const })),
  ...CALL_TO_VOTE.map((phrase) => ({ phrase, group: 'call_to_vote' as const })),
  ...MONEY_APPEAL.map((phrase) => ({ phrase, group: 'money_appeal' as const })),
  ...PAYMENT_CHANNEL.map((phrase) => ({ phrase, group: 'payment_channel' as const })),
];
