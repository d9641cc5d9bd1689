import { describe, expect, it } from 'vitest';
import { createEngine } from '@/utils/engine/engine';
import { normalizeTokens } from '@/utils/engine/normalize';
import type { Flag, Verdict } from '@/utils/engine/types';
import type { PatternEntry, PatternList } from '@/utils/lists/pattern-list';
import { bundledEngine, bundledPatterns } from './support/bundled-lists';

const engine = bundledEngine();
const check = (text: string, sponsored = false): Verdict => engine.check([{ text, sponsored }])[0];
const kinds = (verdict: Verdict) => verdict.flags.map((f) => f.kind);
const matchedText = (text: string, flag: Flag) => flag.matches.map((m) => text.slice(m.start, m.end));

function expectWellFormed(verdict: Verdict) {
  for (const flag of verdict.flags) {
    expect(flag.reason.trim()).not.toBe('');
    expect(flag.score).toBeGreaterThan(0);
    expect(flag.score).toBeLessThanOrEqual(1);
    expect(flag.matches.length).toBeGreaterThan(0);
  }
}

describe('detection with the starter phrases', () => {
  it('flags an Indonesian call to vote as a campaign, with spans into the original text', () => {
    const text = 'Ayo COBLOS nomor urut 2!';
    const verdict = check(text);
    expect(kinds(verdict)).toEqual(['campaign']);
    expect(matchedText(text, verdict.flags[0])).toEqual(['COBLOS nomor']);
    expect(verdict.flags[0].reason).toContain('coblos nomor');
    expectWellFormed(verdict);
  });

  it('ignores a muted pattern: a flag it alone caused goes, flags other patterns cause stay', () => {
    const text = 'Ayo COBLOS nomor urut 2!';
    const [flag] = check(text).flags;
    const mutedId = flag.matches[0].patternId;
    const muted = { patterns: new Set([mutedId]), claims: new Set<string>() };
    expect(engine.check([{ text, sponsored: false }], muted)[0].flags).toEqual([]);
    const other = 'Donasi untuk tim kampanye paslon 1 lewat QRIS';
    expect(kinds(engine.check([{ text: other, sponsored: false }], muted)[0])).toEqual(kinds(check(other)));
  });

  it('keeps spans right after emoji and fancy letters', () => {
    const text = '🔥🔥 𝐀𝐲𝐨 𝐩𝐢𝐥𝐢𝐡 paslon 1 di PÉMILU';
    const verdict = check(text);
    expect(kinds(verdict)).toEqual(['campaign']);
    expect(matchedText(text, verdict.flags[0])).toEqual(['𝐀𝐲𝐨 𝐩𝐢𝐥𝐢𝐡', 'paslon 1', 'PÉMILU']);
  });

  it('flags a sponsored post with election words as a political ad, not a campaign', () => {
    const verdict = check('Pilih paslon nomor urut 1 di pemilu', true);
    expect(kinds(verdict)).toEqual(['political_ad']);
    expectWellFormed(verdict);
  });

  it('does not flag a sponsored post without election words', () => {
    expect(check('Diskon 50% sepatu lari terbaru', true).flags).toEqual([]);
  });

  it('does not flag election words alone as a campaign without a call to vote', () => {
    expect(check('Berita hari ini: KPU menetapkan jadwal pemilu').flags).toEqual([]);
  });

  it('flags a donation appeal with election words as election fundraising', () => {
    const text = 'Donasi untuk tim kampanye paslon 2, transfer ke rekening BCA 1234567890';
    const verdict = check(text);
    expect(kinds(verdict)).toEqual(['election_fundraising']);
    expect(matchedText(text, verdict.flags[0])).toEqual(
      expect.arrayContaining(['Donasi', 'transfer ke rekening', 'BCA', 'tim kampanye', 'paslon 2']),
    );
    expectWellFormed(verdict);
  });

  it('flags both campaign and election fundraising when a call to vote also asks for money', () => {
    const verdict = check('Ayo pilih nomor 3! Galang dana kampanye via QRIS');
    expect(kinds(verdict)).toEqual(['campaign', 'election_fundraising']);
    expectWellFormed(verdict);
  });

  it('flags a donation appeal without politics as plain fundraising', () => {
    const text = 'Galang dana untuk korban banjir, donasi lewat kitabisa';
    const verdict = check(text);
    expect(kinds(verdict)).toEqual(['fundraising']);
    expect(matchedText(text, verdict.flags[0])).toEqual(['Galang dana', 'donasi', 'kitabisa', 'korban', 'banjir']);
    expectWellFormed(verdict);
  });

  it('does not flag a bank or e-wallet name alone', () => {
    expect(check('Promo cashback BCA dan OVO akhir bulan').flags).toEqual([]);
    expect(check('promo cashback BCA').flags).toEqual([]);
  });

  it('does not flag a neutral caption', () => {
    const verdict = check('Resep nasi goreng spesial 🍳 bawang merah, kecap manis, masak 10 menit #resep #masak');
    expect(verdict.flags).toEqual([]);
  });

  it('understands English calls to vote and donation appeals', () => {
    expect(kinds(check('Vote for Jane on election day!'))).toEqual(['campaign']);
    expect(kinds(check('Please donate to the animal shelter'))).toEqual(['fundraising']);
    expect(kinds(check('Chip in $5 for our election campaign, vote for Jane'))).toEqual([
      'campaign',
      'election_fundraising',
    ]);
  });

  it('gives a higher score with more evidence, never above 1', () => {
    const one = check('coblos').flags[0];
    const many = check('coblos! ayo pilih paslon, menangkan pemilu, satu putaran, kampanye').flags[0];
    expect(many.score).toBeGreaterThan(one.score);
    expect(many.score).toBeLessThanOrEqual(1);
  });

  it('treats HTML and script in a caption as plain text', () => {
    const hostile = '<img src=x onerror=alert(1)><script>document.cookie</script>';
    expect(() => check(hostile)).not.toThrow();
    expect(check(hostile).flags).toEqual([]);

    const text = '<b onmouseover="alert(1)">coblos</b>';
    const verdict = check(text);
    expect(kinds(verdict)).toEqual(['campaign']);
    expect(matchedText(text, verdict.flags[0])).toEqual(['coblos']);
  });

  it('returns one verdict per input, in order', () => {
    const verdicts = engine.check([
      { text: 'coblos', sponsored: false },
      { text: 'resep kue', sponsored: false },
      { text: 'donasi', sponsored: false },
    ]);
    expect(verdicts.map(kinds)).toEqual([['campaign'], [], ['fundraising']]);
  });
});

describe('campaign rules with the bundled phrases', () => {
  const analyse = (text: string, sponsored = false) => engine.analyse({ text, sponsored });

  it('counts praise or attack beside a named contestant as campaign', () => {
    expect(kinds(check('Anies pemimpin hebat, rekam jejak jelas'))).toEqual(['campaign']);
    expect(kinds(check('Kinerja Ganjar buruk, isinya cuma pencitraan'))).toEqual(['campaign']);
    expect(kinds(check('Prabowo omon omon terus'))).toEqual(['campaign']);
  });

  it('does not count the same praise or attack words without a contestant', () => {
    expect(check('Tim kami gagal lagi, performa buruk sekali').flags).toEqual([]);
    expect(check('Pemain ini hebat dan keren, luar biasa').flags).toEqual([]);
  });

  it('needs a contestant for words with everyday meanings', () => {
    expect(check('Cara memenangkan turnamen catur online').flags).toEqual([]);
    expect(check('Jangan pilih HP ini sebelum nonton review').flags).toEqual([]);
    expect(check('Gas pol sat set, 1 putaran sirkuit').flags).toEqual([]);
    expect(kinds(check('Menangkan Ganjar Mahfud!'))).toEqual(['campaign']);
    expect(kinds(check('Jangan pilih Prabowo'))).toEqual(['campaign']);
  });

  it('takes "bersama" as campaigning only in a rallying phrase', () => {
    expect(check('Anies makan siang bersama warga').flags).toEqual([]);
    expect(kinds(check('Mari bersama menangkan Anies'))).toEqual(['campaign']);
  });

  it('reads news about volunteers, supporters and campaign teams as political, not campaign', () => {
    for (const text of ['Relawan Ganjar dan pendukung Anies hadir di diskusi', 'TKN dan TPN menggelar konferensi pers']) {
      const analysis = analyse(text);
      expect(analysis.political).toBe(true);
      expect(analysis.campaign).toBe(false);
    }
  });

  it('treats US politicians as political but not as contestants', () => {
    const analysis = analyse('Donald Trump hebat sekali katanya');
    expect(analysis.political).toBe(true);
    expect(analysis.campaign).toBe(false);
  });

  it('does not take everyday words for party names', () => {
    expect(check('Tumis sayur pakai pan anti lengket, diskon 30%', true).flags).toEqual([]);
    expect(analyse('Partai PPP menggelar rapat').political).toBe(true);
  });
});

describe('campaign hashtags after normalisation', () => {
  const normalising = createEngine({ patterns: bundledPatterns(), tokenize: normalizeTokens });
  const checkNormalised = (text: string, sponsored = false) => normalising.check([{ text, sponsored }])[0];

  it('understands camelCase and number hashtags as slogans and calls to vote', () => {
    expect(kinds(checkNormalised('Sudah siap? #AMINAjaDulu'))).toEqual(['campaign']);
    expect(kinds(checkNormalised('#AniesMuhaimin2024'))).toEqual(['campaign']);
    expect(kinds(checkNormalised('#02Melanjutkan'))).toEqual(['campaign']);
    expect(kinds(checkNormalised('Besok pilih Prabowo Gibran ya'))).toEqual(['campaign']);
  });

  it('does not read a lone letter "p" as the PPP party', () => {
    // "ppp" folds to "p" (emphasis), so the party is only matched as "partai ppp".
    expect(normalising.analyse({ text: 'Nilai p lebih kecil dari 0,05', sponsored: false }).political).toBe(false);
    expect(normalising.analyse({ text: 'Partai PPP menggelar rapat', sponsored: false }).political).toBe(true);
  });
});

describe('campaign hashtags and shared headlines', () => {
  const analyse = (text: string) => engine.analyse({ text, sponsored: false });

  it('counts a hashtag that names a contestant and says more about them', () => {
    expect(kinds(check('Panen raya bareng petani #PetaniSejahteraBersamaGanjar'))).toEqual(['campaign']);
  });

  it('does not count a hashtag that is only a name, full names included', () => {
    for (const text of ['#AniesBaswedan hadir di Makassar hari ini', '#MuhaiminIskandar berkunjung ke pesantren']) {
      expect(analyse(text).political).toBe(true);
      expect(analyse(text).campaign).toBe(false);
    }
  });

  it('counts a hashtag that joins words to a ticket number written with a leading zero', () => {
    expect(kinds(check('Relawan turun ke pasar #KamiBersama02'))).toEqual(['campaign']);
    expect(analyse('Relawan turun ke pasar #Pemilu2024').campaign).toBe(false);
    expect(check('Tonton kelanjutannya #Episode02').flags).toEqual([]);
  });

  it('reads praise or attack words in a title-case headline as the story, not the sharer', () => {
    for (const text of ['Alumni Kampus Deklarasi Dukung Anies-Muhaimin di Pilpres', 'Jika Prabowo Menang, Pengamat Ramal Kabinet Gemuk']) {
      expect(analyse(text).political).toBe(true);
      expect(analyse(text).campaign).toBe(false);
    }
    expect(kinds(check('Kami alumni kampus dukung Anies-Muhaimin di pilpres'))).toEqual(['campaign']);
  });

  it('still counts a headline when the sharer adds a partisan hashtag, or it calls to vote', () => {
    expect(kinds(check('Alumni Kampus Deklarasi Dukung Anies-Muhaimin #MenangBersama'))).toEqual(['campaign']);
    expect(kinds(check('Ayo Pilih Anies Di Hari Pencoblosan Nanti'))).toEqual(['campaign']);
  });

  it('takes a post in capitals for shouting, not a headline', () => {
    expect(kinds(check('PRABOWO GAGAL TOTAL JANGAN DIPILIH LAGI'))).toEqual(['campaign']);
  });
});

describe('partisan vocabulary beside a contestant', () => {
  it('knows tickets by number, "the other side" and the Desak Anies events', () => {
    expect(kinds(check('Capres 02 memang hebat'))).toEqual(['campaign']);
    expect(kinds(check('Kubu 01 makin percaya diri, pasti menang'))).toEqual(['campaign']);
    expect(kinds(check('Paslon sebelah cuma omon omon'))).toEqual(['campaign']);
    expect(kinds(check('nomor urut 2 tegas dan berwawasan'))).toEqual(['campaign']);
    expect(kinds(check('Desak Anies tadi malam luar biasa'))).toEqual(['campaign']);
    expect(engine.analyse({ text: 'Desak Anies digelar di Bandung', sponsored: false }).campaign).toBe(false);
  });

  it('knows nicknames and possessive endorsements', () => {
    expect(kinds(check('Shame on you Nies'))).toEqual(['campaign']);
    expect(kinds(check('Capresku cuma Ganjar Pranowo'))).toEqual(['campaign']);
  });

  it('knows generic praise, attack and manners words', () => {
    expect(kinds(check('Ganjar orangnya kreatif dan wawasan luas'))).toEqual(['campaign']);
    expect(kinds(check('Prabowo haus jabatan dan serakah'))).toEqual(['campaign']);
    expect(kinds(check('Gibran tidak etis dan tidak sopan saat debat'))).toEqual(['campaign']);
  });

  it('leaves the same words alone when no contestant is named', () => {
    expect(check('Anak itu kreatif dan sopan').flags).toEqual([]);
    expect(check('Bos saya serakah dan haus jabatan').flags).toEqual([]);
  });
});

describe('English political, issue and charity ads', () => {
  it('flags sponsored election, office and issue posts as political ads', () => {
    expect(kinds(check('Paid for by Friends of Jane Doe', true))).toEqual(['political_ad']);
    expect(kinds(check('Tell Congress to protect voting rights. Sign the petition!', true))).toEqual(['political_ad']);
    expect(kinds(check('Climate change is here. Stand with us.', true))).toEqual(['political_ad']);
    expect(kinds(check('Meet the Democrats running for school board', true))).toEqual(['political_ad']);
  });

  it('does not flag sponsored commercial posts that share a word with politics', () => {
    expect(check('Our crowdfunding campaign ends soon: back the new smart mug', true).flags).toEqual([]);
    expect(check('Enter to win a year of free coffee', true).flags).toEqual([]);
  });

  it('understands English money appeals', () => {
    expect(kinds(check('Make a tax-deductible gift today'))).toEqual(['fundraising']);
    expect(kinds(check('Please help today: every gift counts'))).toEqual(['fundraising']);
  });

  it('keeps an appeal for a charity cause as plain fundraising, an appeal for a political issue as election fundraising', () => {
    expect(kinds(check('Donate now to feed the hungry and help refugees'))).toEqual(['fundraising']);
    expect(kinds(check('Donasi untuk tenaga medis covid 19'))).toEqual(['fundraising']);
    expect(kinds(check('Chip in to end gun violence'))).toEqual(['election_fundraising']);
  });

  it('does not take video boilerplate for a money appeal', () => {
    const text = 'Thanks for your support! Help us reach 100K subscribers. Sponsor: BrandX. Fair use for non-profit purposes.';
    expect(check(text).flags).toEqual([]);
  });
});

describe('detection with a custom phrase list', () => {
  const custom: PatternEntry[] = [
    { id: 'vote-blue', phrase: 'vote blue', group: 'call_to_vote' },
    { id: 'ballot', phrase: 'ballot', group: 'election' },
    { id: 'tip-jar', phrase: 'tip jar', group: 'money_appeal' },
    { id: 'paypal', phrase: 'paypal', group: 'payment_channel' },
  ];
  const patterns: PatternList = {
    kind: 'patterns', formatVersion: 1, listId: 'test', name: 'test', publisher: 'test', version: 1, languages: ['en'], entries: custom,
  };
  const small = createEngine({ patterns });

  it('uses only the phrases it was given', () => {
    expect(small.check([{ text: 'Ayo coblos nomor urut 2', sponsored: false }])[0].flags).toEqual([]);
    expect(kinds(small.check([{ text: 'Vote Blue this November', sponsored: false }])[0])).toEqual(['campaign']);
  });

  it('applies the same rules to custom phrases', () => {
    const [ad, electionMoney, charity, channelOnly] = small.check([
      { text: 'Your ballot matters', sponsored: true },
      { text: 'Ballot drive: tip jar on PayPal', sponsored: false },
      { text: 'Tip jar for the band', sponsored: false },
      { text: 'Pay with PayPal', sponsored: false },
    ]);
    expect(kinds(ad)).toEqual(['political_ad']);
    expect(kinds(electionMoney)).toEqual(['election_fundraising']);
    expect(kinds(charity)).toEqual(['fundraising']);
    expect(channelOnly.flags).toEqual([]);
  });

  it('analyse() gives the matched pattern ids and spans in the original text', () => {
    const text = 'please VOTE   blue';
    const analysis = small.analyse({ text, sponsored: false });
    expect(analysis.flags).toHaveLength(1);
    expect(analysis.campaign).toBe(true);
    expect(analysis.matches).toEqual([{ patternId: 'vote-blue', phrase: 'vote blue', group: 'call_to_vote', start: 7, end: 18 }]);
  });

});

describe('flag scores', () => {
  it('are whole tenths, so reports and exports show 0.6 and not 0.6000000000000001', () => {
    const scores = engine.analyse({ text: 'Ayo coblos', sponsored: false }).flags.map((f) => f.score);
    expect(scores.length).toBeGreaterThan(0);
    for (const score of scores) expect(score * 10).toBe(Math.round(score * 10));
  });
});

describe('campaign vocabulary classes beside a contestant', () => {
  const analyse = (text: string) => engine.analyse({ text, sponsored: false });

  it('counts cheering a contestant\'s crowd, but not a crowd with no contestant', () => {
    expect(kinds(check('Warga membludak menyambut kedatangan Ganjar di alun-alun'))).toEqual(['campaign']);
    expect(kinds(check('Puluhan ribu orang ikut jalan sehat bareng Anies, ramai sekali'))).toEqual(['campaign']);
    expect(check('Penonton konser membludak, puluhan ribu orang memadati stadion').flags).toEqual([]);
  });

  it('counts praise of a contestant\'s programme or record', () => {
    expect(kinds(check('Program Anies memajukan desa dan menghargai petani kecil'))).toEqual(['campaign']);
    expect(kinds(check('Taman kota jadi rapi di era Gubernur Anies'))).toEqual(['campaign']);
    expect(check('Program desa ini memajukan petani dan menghargai nelayan').flags).toEqual([]);
  });

  it('counts new attack words, and leaves them alone without a contestant', () => {
    expect(kinds(check('Prabowo kejam, debat kemarin babak belur dan tidak punya data'))).toEqual(['campaign']);
    expect(kinds(check('Gibran cuma bocil yang belum cukup umur'))).toEqual(['campaign']);
    expect(check('Film ini kejam, tokohnya babak belur').flags).toEqual([]);
  });

  it('counts the rebuttal voice of a partisan reply', () => {
    expect(kinds(check('Lihat saja trotoar yang dibangun Anies'))).toEqual(['campaign']);
    expect(kinds(check('Dulu Ganjar begitu, coba tanya warga Wadas'))).toEqual(['campaign']);
    expect(check('Dulu rumah ini kecil, coba lihat sekarang').flags).toEqual([]);
  });

  it('still reads the new words in a title-case headline as the story', () => {
    const analysis = analyse('Puluhan Ribu Warga Hadiri Kampanye Anies di Makassar');
    expect(analysis.political).toBe(true);
    expect(analysis.campaign).toBe(false);
  });
});

describe('campaign tags the tokeniser cannot split, and volunteer tags', () => {
  const analyse = (text: string) => engine.analyse({ text, sponsored: false });

  it('counts an all-lower-case tag that glues a contestant to more words', () => {
    expect(kinds(check('Relawan turun ke pasar, pemilu makin dekat #relawanprabowogibran'))).toEqual(['campaign']);
    expect(kinds(check('Debat capres semalam #asalbukanprabowo'))).toEqual(['campaign']);
  });

  it('does not count an all-lower-case tag that is only a name, or a word that holds one', () => {
    for (const text of [
      'Pemilu makin dekat #prabowosubianto',
      'Pemilu makin dekat #gibranrakabuming',
      'Ganjaran bagi panitia pemilu #ganjaranpanitia',
      'Puisi untuk pemilu damai #kahlilgibran',
    ]) {
      expect(analyse(text).political, text).toBe(true);
      expect(analyse(text).campaign, text).toBe(false);
    }
  });

  it('counts the tags of a contestant\'s volunteers and events, not the names in plain text', () => {
    expect(kinds(check('Ganjar berkunjung ke Batang malam ini #SahabatGanjar'))).toEqual(['campaign']);
    expect(kinds(check('Diskusi anak muda di Sleman #DesakAnies'))).toEqual(['campaign']);
    expect(analyse('Sahabat Ganjar menggelar diskusi di Batang').campaign).toBe(false);
  });
});

describe('shared headlines and a poster\'s own voice', () => {
  const analyse = (text: string) => engine.analyse({ text, sponsored: false });

  it('takes title case that trails off into more words for the poster talking', () => {
    expect(kinds(check('Relawan Jember Menyambut Kedatangan Ganjar.... Suasananya Meriah Sekali'))).toEqual(['campaign']);
    expect(kinds(check('Kubu Sebelah Sudah Lelah... Kami Tetap Dukung Ganjar'))).toEqual(['campaign']);
  });

  it('still takes a title-case line that only ends in dots for a headline', () => {
    const analysis = analyse('Relawan Jember Menyambut Kedatangan Ganjar di Alun-Alun...');
    expect(analysis.political).toBe(true);
    expect(analysis.campaign).toBe(false);
  });
});

describe('buzzer markers and nicknames', () => {
  const analyse = (text: string) => engine.analyse({ text, sponsored: false });

  it('counts the buzzer sign-offs as campaign slogans', () => {
    expect(kinds(check('Prabowo meninjau pabrik drone di Bandung hari ini. dekade08'))).toEqual(['campaign']);
    expect(kinds(check('Pak Prabowo hadir di pasar pagi ini. KitaSelaluAda UntukPragibs'))).toEqual(['campaign']);
    expect(check('Satu dekade lalu pabrik ini dibangun').flags).toEqual([]);
  });

  it('knows the ticket nicknames, and still needs a partisan word beside them', () => {
    expect(kinds(check('Setuju, MasBOWOGBran cerdas mengelola ekonomi'))).toEqual(['campaign']);
    expect(kinds(check('PBOWOGBRan mumpuni urus pangan'))).toEqual(['campaign']);
    const plain = analyse('Pragibs berkunjung ke Medan sore ini');
    expect(plain.political).toBe(true);
    expect(plain.campaign).toBe(false);
  });
});

describe('reports of someone else backing a contestant', () => {
  const analyse = (text: string) => engine.analyse({ text, sponsored: false });

  it('reads "X dukung <name>" as news of a third party, not the poster\'s backing', () => {
    for (const text of [
      'Bupati Lamongan dukung Prabowo setelah dua kali bertemu',
      'Sebagian nelayan mendukung pak Anies, kata warga setempat',
    ]) {
      expect(analyse(text).political, text).toBe(true);
      expect(analyse(text).campaign, text).toBe(false);
    }
  });

  it('still counts a call, the poster\'s own backing and a jab at the reader', () => {
    expect(kinds(check('Dukung Ganjar hapus utang petani'))).toEqual(['campaign']);
    expect(kinds(check('RT Relawan: Dukung Anies sampai akhir'))).toEqual(['campaign']);
    expect(kinds(check('Dari dulu kami dukung Prabowo'))).toEqual(['campaign']);
    expect(kinds(check('Nyesel ga kalian dukung Gibran?'))).toEqual(['campaign']);
    expect(kinds(check('Kota ini jadi basis untuk mendukung pak Anies'))).toEqual(['campaign']);
  });

  it('still counts backing beside other partisan words, or for "paslon sebelah"', () => {
    expect(kinds(check('Bupati Lamongan dukung Prabowo, pemimpin hebat'))).toEqual(['campaign']);
    expect(kinds(check('Pantas saja orang kaya lebih mendukung paslon sebelah'))).toEqual(['campaign']);
  });
});

describe('a contestant introduced the way a newsroom does', () => {
  const analyse = (text: string) => engine.analyse({ text, sponsored: false });

  it('reads office, ballot number and full name as news', () => {
    for (const text of [
      'Calon presiden nomor urut 1 Anies Baswedan meminta menteri bersikap tegas dan netral',
      'Capres nomor urut 3, Ganjar Pranowo, menyebut anggaran harus bersih',
    ]) {
      expect(analyse(text).political, text).toBe(true);
      expect(analyse(text).campaign, text).toBe(false);
    }
  });

  it('still counts the same words from a partisan, or with a campaign tag', () => {
    expect(kinds(check('Anies tegas minta menteri netral'))).toEqual(['campaign']);
    expect(kinds(check('Nomor urut 1 Anies Baswedan paling tegas soal netralitas'))).toEqual(['campaign']);
    expect(kinds(check('Capres nomor urut 2 Prabowo Subianto tiba di Solo #PrabowoGibranIstimewa'))).toEqual(['campaign']);
  });
});

describe('names glued into tags past a capital run', () => {
  const analyse = (text: string) => engine.analyse({ text, sponsored: false });

  it('finds a contestant swallowed by an acronym, and the AMIN acronym glued to words', () => {
    expect(kinds(check('Ketua tim pemenangan bicara soal ekonomi #TPNGanjarMahfud'))).toEqual(['campaign']);
    expect(kinds(check('Anies janjikan layanan pengacara gratis #HotlineParisAMIN'))).toEqual(['campaign']);
    expect(kinds(check('Anies bebaskan pajak guru #AMINPeduliGuru'))).toEqual(['campaign']);
  });

  it('leaves a name-only tag, a lone AMIN, other AMIN words and name hosts alone', () => {
    for (const text of [
      'Pemilu makin dekat #AniesBaswedan',
      'Pemilu makin dekat #AMIN',
      'Pemilu makin dekat, doa bersama #AMINUDDIN',
      'Puisi untuk pemilu damai #Kahlilgibranquotes',
      'Pemilu makin dekat #ProgramMengganjarGuru',
    ]) {
      expect(analyse(text).campaign, text).toBe(false);
    }
    expect(check('Doa bersama warga #AMINUDDIN').flags).toEqual([]);
  });
});

describe('conviction and devotion beside a contestant', () => {
  it('counts them beside a contestant and not without one', () => {
    expect(kinds(check('Saya yakin program Prabowo membawa ekonomi digital lebih inklusif'))).toEqual(['campaign']);
    expect(kinds(check('Kita terus berjuang untuk Ganjar-Mahfud'))).toEqual(['campaign']);
    expect(kinds(check('Rakyat semakin mencintai Anies'))).toEqual(['campaign']);
    expect(kinds(check('Ganjar Mahfud duo yang memahami keberagaman Indonesia'))).toEqual(['campaign']);
    expect(check('Saya yakin tim ini juara, kami berjuang untuk klub').flags).toEqual([]);
    expect(check('Anak-anak mencintai guru yang memahami mereka').flags).toEqual([]);
  });
});
