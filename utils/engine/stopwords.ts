/**
 * Words that say nothing about which claim a post repeats. Weighting by rarity
 * already discounts them; dropping them also keeps them out of every posting list.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga atau ada oleh sudah saya kita kami ' +
    'mereka ia dia karena bisa tersebut sebagai para telah masih hanya jika agar namun tapi tetapi lebih sangat ' +
    'banyak semua satu bahwa saat kalau lagi ya nya pun lah kah sih deh dong kok aja saja jadi bagi atas antara ' +
    'hingga sampai setelah sebelum secara seperti serta tentang terhadap yaitu yakni begitu sudah belum baru ' +
    'the a an of to in is are was were and or for on at by with from that this it as be has have had not'
  ).split(' '),
);
