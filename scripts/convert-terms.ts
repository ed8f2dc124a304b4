/**
 * Converter: db/seed/food-terms.tsv (+ the curation tables below) → db/seed/{sources,entries,photos}.json.
 *
 * The TSV is the researched input; everything this script adds on top of it (grouping, slugs,
 * names taken from the notes, descriptions, relations) is written out in the tables below so that
 * the output can be regenerated and reviewed. Run: npx tsx scripts/convert-terms.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SeedEntry, SeedName, SeedPhoto, SeedSource } from '../src/lib/server/seed/types';
import type {
	Category,
	Confidence,
	Difference,
	NameSide,
	NameStatus,
	Region,
	Relation
} from '../src/lib/vocabulary';

const ROOT = path.resolve(import.meta.dirname, '..');
const SEED = path.join(ROOT, 'db/seed');

// ───────────────────────────── TSV ─────────────────────────────

interface Row {
	line: number;
	south: string;
	north: string;
	gloss: string;
	category: Category;
	difference: Difference;
	hanja: string;
	region: string;
	notes: string;
	sources: string[];
	confidence: Confidence;
}

function readTsv(): Row[] {
	const lines = fs.readFileSync(path.join(SEED, 'food-terms.tsv'), 'utf8').trimEnd().split('\n');
	const header = lines[0]!.split('\t');
	if (
		header.join(',') !==
		'south_hangul,north_hangul,english_gloss,category,difference,hanja,region,notes,sources,confidence'
	)
		throw new Error('unexpected TSV header');
	return lines.slice(1).map((l, i) => {
		const c = l.split('\t');
		if (c.length !== 10) throw new Error(`line ${i + 2}: ${c.length} columns`);
		return {
			line: i + 2,
			south: c[0]!,
			north: c[1]!,
			gloss: c[2]!,
			category: c[3] as Category,
			difference: c[4] as Difference,
			hanja: c[5]!,
			region: c[6]!,
			notes: c[7]!,
			sources: c[8]!
				.split(' ; ')
				.map((s) => s.trim())
				.filter(Boolean),
			confidence: c[9] as Confidence
		};
	});
}

// ───────────────────────────── sources ─────────────────────────────

function sourceKey(citation: string): string {
	for (const s of SOURCES) if (s.match.some((m) => citation.includes(m))) return s.key;
	throw new Error(`no source for citation: ${citation}`);
}

// ───────────────────────────── Hangul helpers ─────────────────────────────

const jong = (ch: string) => (ch.charCodeAt(0) - 0xac00) % 28;
const base = (ch: string) => ch.charCodeAt(0) - jong(ch);

/** South form = North form plus a ㅅ 받침 on one or more syllables (만둣국/만두국, 젓가락/저가락). */
function isSaisiot(south: string, north: string): boolean {
	if (south.length !== north.length) return false;
	let found = false;
	for (let i = 0; i < south.length; i++) {
		const s = south[i]!;
		const n = north[i]!;
		if (s === n) continue;
		if (jong(s) === 19 && jong(n) === 0 && base(s) === base(n)) found = true;
		else return false;
	}
	return found;
}

// ───────────────────────────── curation ─────────────────────────────

/** Main South word (TSV south_hangul) → slug. Rows whose south word maps to the same slug form one entry. */
const SLUG: Record<string, string> = {
	냉면: 'naengmyeon',
	온면: 'onmyeon',
	라면: 'ramyeon',
	컵라면: 'keop-ramyeon',
	국숫발: 'guksutbal',
	칼국수: 'kalguksu',
	메밀국수: 'memil-guksu',
	우동: 'udong',
	'국수사리 (추가)': 'guksu-sari',
	쟁반국수: 'jaengban-guksu',
	찌개: 'jjigae',
	감자찌개: 'gamja-jjigae',
	수제비: 'sujebi',
	북엇국: 'bugeotguk',
	만둣국: 'mandutguk',
	김칫국: 'kimchitguk',
	냉잇국: 'naengitguk',
	순댓국: 'sundaetguk',
	냉국: 'naengguk',
	냉채: 'naengchae',
	개장국: 'gaejangguk',
	육개장: 'yukgaejang',
	삼계탕: 'samgyetang',
	내장탕: 'naejangtang',
	콩국: 'kongguk',
	용봉탕: 'yongbongtang',
	추어탕: 'chueotang',
	전골: 'jeongol',
	대동강숭엇국: 'daedonggang-sungeotguk',
	평양온반: 'pyeongyang-onban',
	함흥갈비국밥: 'hamheung-galbi-gukbap',
	개성무찜: 'gaeseong-mujjim',
	초계탕: 'chogyetang',
	어복쟁반: 'eobok-jaengban',
	쌀밥: 'ssalbap',
	멥쌀: 'mepssal',
	누룽지: 'nurungji',
	도시락: 'dosirak',
	주먹밥: 'jumeokbap',
	볶음밥: 'bokkeumbap',
	비빔밥: 'bibimbap',
	평양비빔밥: 'pyeongyang-bibimbap',
	해주비빔밥: 'haeju-bibimbap',
	오므라이스: 'omeuraiseu',
	옥수수밥: 'oksusubap',
	잡곡밥: 'japgokbap',
	약밥: 'yakbap',
	두부밥: 'dububap',
	인조고기밥: 'injogogi-bap',
	김치: 'kimchi',
	섞박지: 'seokbakji',
	오이소박이: 'oi-sobagi',
	장아찌: 'jangajji',
	달걀말이: 'dalgyal-mari',
	달걀찜: 'dalgyal-jjim',
	달걀부침: 'dalgyal-buchim',
	어묵: 'eomuk',
	부침개: 'buchimgae',
	빈대떡: 'bindaetteok',
	녹두전: 'bindaetteok',
	족발: 'jokbal',
	곱창: 'gopchang',
	생선회: 'saengseon-hoe',
	육회: 'yukhoe',
	새우젓: 'saeujeot',
	명란젓: 'myeongnanjeot',
	창난젓: 'changnanjeot',
	소시지: 'sosiji',
	장조림: 'jangjorim',
	김부각: 'gim-bugak',
	순대: 'sundae',
	명태순대: 'myeongtae-sundae',
	아바이순대: 'abai-sundae',
	가자미식해: 'gajami-sikhae',
	영채김치: 'yeongchae-kimchi',
	회냉면: 'hoe-naengmyeon',
	함흥냉면: 'hamheung-naengmyeon',
	평양냉면: 'pyeongyang-naengmyeon',
	옥수수국수: 'oksusu-guksu',
	언감자국수: 'eongamja-guksu',
	조랭이떡국: 'joraengi-tteokguk',
	개성편수: 'gaeseong-pyeonsu',
	개성주악: 'gaeseong-juak',
	노티: 'noti',
	속도전떡: 'sokdojeon-tteok',
	펑펑이떡: 'peongpeongi-tteok',
	안주: 'anju',
	북어: 'bugeo',
	마른오징어: 'mareun-ojingeo',
	땅콩: 'ttangkong',
	낙화생: 'nakhwasaeng',
	맥주: 'maekju',
	대동강맥주: 'daedonggang-maekju',
	맥줏집: 'maekjutjip',
	생맥주: 'saengmaekju',
	캔맥주: 'kaen-maekju',
	건배: 'geonbae',
	소주: 'soju',
	막걸리: 'makgeolli',
	감홍로: 'gamhongno',
	'강냉이 (뻥튀기)': 'gangnaengi',
	팝콘: 'papkon',
	튀밥: 'twibap',
	감자튀김: 'gamja-twigim',
	햄버거: 'haembeogeo',
	와플: 'wapeul',
	핫도그: 'hatdogeu',
	피자: 'pija',
	패스트푸드: 'paeseuteu-pudeu',
	군만두: 'gunmandu',
	도넛: 'doneot',
	아이스크림: 'aiseukeurim',
	하드: 'hadeu',
	빙수: 'bingsu',
	젤리: 'jelli',
	양갱: 'yanggaeng',
	잼: 'jaem',
	시럽: 'sireop',
	찐빵: 'jjinppang',
	카스텔라: 'kaseutella',
	전병: 'jeonbyeong',
	캐러멜: 'kaereomel',
	초콜릿: 'chokollit',
	증편: 'jeungpyeon',
	백설기: 'baekseolgi',
	약과: 'yakgwa',
	주스: 'juseu',
	탄산음료: 'tansan-eumnyo',
	단물: 'danmul',
	콜라: 'kolla',
	녹차: 'nokcha',
	냉차: 'naengcha',
	포도주: 'podoju',
	과실주: 'gwasilju',
	인삼주: 'insamju',
	샴페인: 'syampein',
	보드카: 'bodeuka',
	레모네이드: 'remoneideu',
	요구르트: 'yogureuteu',
	달걀: 'dalgyal',
	채소: 'chaeso',
	야채: 'chaeso',
	양배추: 'yangbaechu',
	양파: 'yangpa',
	상추: 'sangchu',
	피망: 'pimang',
	토마토: 'tomato',
	옥수수: 'oksusu',
	찰옥수수: 'chal-oksusu',
	옥수수기름: 'oksusu-gireum',
	귀리: 'gwiri',
	무: 'mu',
	녹말: 'nongmal',
	전분: 'nongmal',
	감자녹말: 'gamja-nongmal',
	엿기름: 'yeotgireum',
	녹두: 'nokdu',
	연근: 'yeongeun',
	연뿌리: 'yeongeun',
	연어: 'yeoneo',
	연유: 'yeonyu',
	우유: 'uyu',
	분유: 'bunyu',
	버터: 'beoteo',
	개고기: 'gaegogi',
	삼겹살: 'samgyeopsal',
	거위: 'geowi',
	오징어: 'ojingeo',
	낙지: 'nakji',
	갑오징어: 'gabojingeo',
	가자미: 'gajami',
	도루묵: 'dorumuk',
	임연수어: 'imyeonsueo',
	바지락: 'bajirak',
	가리비: 'garibi',
	대하: 'daeha',
	복어: 'bogeo',
	표고버섯: 'pyogo-beoseot',
	질경이: 'jilgyeongi',
	건포도: 'geonpodo',
	들기름: 'deulgireum',
	깻잎: 'kkaennip',
	명태: 'myeongtae',
	두부: 'dubu',
	통조림: 'tongjorim',
	설탕: 'seoltang',
	화학조미료: 'hwahak-jomiryo',
	청국장: 'cheonggukjang',
	맛소금: 'matsogeum',
	고춧가루: 'gochutgaru',
	양념간장: 'yangnyeom-ganjang',
	양조간장: 'yangjo-ganjang',
	초고추장: 'cho-gochujang',
	볶은고추장: 'bokkeun-gochujang',
	고명: 'gomyeong',
	젓가락: 'jeotgarak',
	나무젓가락: 'namu-jeotgarak',
	프라이팬: 'peuraipaen',
	전기밥솥: 'jeongi-bapsot',
	냉장고: 'naengjanggo',
	냉동실: 'naengdongsil',
	전자레인지: 'jeonja-reinji',
	설거지: 'seolgeoji',
	컵: 'keop',
	찻잔: 'chatjan',
	찻집: 'chatjip',
	김칫독: 'kimchitdok',
	차림표: 'charimpyo',
	요리: 'yori',
	요리사: 'yorisa',
	양요리: 'yang-yori',
	조림: 'jorim',
	튀김: 'twigim',
	훈제: 'hunje',
	볶다: 'bokda',
	봉사: 'bongsa',
	종업원: 'jongeobwon',
	배춧국: 'baechutguk',
	근댓국: 'geundaetguk',
	넙칫국: 'neopchitguk',
	고빗국: 'gobitguk',
	다시맛국: 'dasimatguk',
	겟국: 'getguk',
	촛국: 'chotguk',
	챗국: 'chaetguk',
	찻물: 'chanmul',
	찻잎: 'channip',
	찻숟갈: 'chatsutgal',
	찻종: 'chatjong',
	찻종지: 'chatjongji',
	찻장: 'chatjang',
	국숫집: 'guksutjip',
	후춧가루: 'huchutgaru',
	겨잣가루: 'gyeojatgaru',
	단촛물: 'danchonmul',
	김칫소: 'kimchitso',
	김칫돌: 'kimchitdol',
	깻묵: 'kkaenmuk',
	참깻묵: 'chamkkaenmuk',
	깻묵장: 'kkaenmukjang',
	깻잎장아찌: 'kkaennip-jangajji',
	깻잎절임: 'kkaennip-jeorim',
	들깻잎찜: 'deulkkaennip-jjim',
	제삿밥: 'jesatbap',
	잔칫상: 'janchitsang',
	가맛밥: 'gamatbap',
	한가맛밥: 'hangamatbap',
	눈칫밥: 'nunchitbap',
	댓잎술: 'daennipsul',
	방앗간: 'bangatgan',
	푸줏간: 'pujutgan',
	한뎃솥: 'handetsot',
	한뎃부엌: 'handetbueok',
	목젓가락: 'mokjeotgarak',
	맷돌: 'maetdol',
	우뭇가사리: 'umutgasari',
	고깃점: 'gogitjeom',
	고깃결: 'gogitgyeol',
	요릿집: 'yoritjip',
	양요릿집: 'yang-yoritjip',
	요리법: 'yoribeop',
	요리점: 'yorijeom',
	요리하다: 'yorihada',
	찬요리: 'chan-yori',
	청요리: 'cheong-yori',
	냉동: 'naengdong',
	냉동하다: 'naengdonghada',
	냉동고: 'naengdonggo',
	냉동품: 'naengdongpum',
	냉동어: 'naengdongeo',
	냉장: 'naengjang',
	냉장하다: 'naengjanghada',
	냉장실: 'naengjangsil',
	냉과자: 'naenggwaja',
	냉수: 'naengsu',
	냉반: 'naengban',
	닭고기냉채: 'dakgogi-naengchae',
	해삼냉채: 'haesam-naengchae',
	녹두주: 'nokduju',
	연밥: 'yeonbap',
	연밥죽: 'yeonbapjuk',
	연자죽: 'yeonjajuk',
	연자육: 'yeonjayuk',
	연엽주: 'yeonyeopju',
	연엽대접: 'yeonyeop-daejeop',
	연엽주발: 'yeonyeop-jubal',
	연엽반상: 'yeonyeop-bansang',
	율자죽: 'yuljajuk',
	이화주: 'ihwaju',
	이별주: 'ibyeolju',
	육쪽마늘: 'yukjjok-maneul',
	육식: 'yuksik',
	용미봉탕: 'yongmibongtang',
	용안: 'yongan',
	용안육: 'yonganyuk',
	난황: 'nanhwang',
	난백: 'nanbaek',
	낙농: 'nangnong',
	양곡: 'yanggok',
	양식: 'yangsik',
	양식쌀: 'yangsikssal',
	양조: 'yangjo',
	맥아: 'maega',
	귀리떡: 'gwiri-tteok',
	무지개송어: 'mujigae-songeo',
	소독저: 'sodokjeo'
};

/** Rows whose TSV hanja belongs only to one side (default: both, as the same Sino-Korean word). */
const HANJA_SIDE: Record<string, 'south' | 'north'> = {
	온면: 'south',
	육개장: 'south',
	삼계탕: 'south',
	내장탕: 'south',
	생선회: 'south',
	육회: 'south',
	명란젓: 'south',
	빙수: 'south',
	양갱: 'south',
	전병: 'south',
	포도주: 'south',
	과실주: 'south',
	인삼주: 'south',
	야채: 'south',
	연유: 'south',
	우유: 'south',
	분유: 'south',
	대하: 'south',
	건포도: 'south',
	청국장: 'south',
	양조간장: 'south',
	훈제: 'south',
	맥아: 'south',
	건배: 'south',
	녹말: 'south',
	전분: 'south',
	감자녹말: 'south',
	임연수어: 'south',
	녹두전: 'south',
	라면: 'north',
	새우젓: 'north',
	패스트푸드: 'north',
	군만두: 'north',
	찐빵: 'north',
	캐러멜: 'north',
	탄산음료: 'north',
	요구르트: 'north',
	피망: 'north',
	설탕: 'north',
	양념간장: 'north',
	종업원: 'north',
	무지개송어: 'north',
	소독저: 'north',
	캔맥주: 'north',
	낙지: 'north',
	차림표: 'north',
	빈대떡: 'north',
	북어: 'south',
	냉장고: 'north',
	'약과/약과자': 'north',
	'양파/옥파': 'north',
	'전기밥솥/자동밥가마': 'north'
};

/** TSV rows split into several North names ("고기겹빵 / 함버거", "(함경도) 찰순대"). */
const NORTH_FORMS: Record<string, string[]> = {
	'고기겹빵 / 함버거': [], // handled by EXTRA (haembeogeo)
	'구운빵지짐 / 워흘': [], // handled by EXTRA (wapeul)
	'(함경도) 찰순대': ['찰순대']
};

interface Extra {
	side: NameSide;
	hangul: string;
	status: NameStatus;
	note: string | null;
	attested?: string | null;
	hanja?: string | null;
	/** Source keys; default: the sources of the entry's first row. */
	sources?: string[];
	/** Insert before the row-derived names of that side (e.g. the real current name of a rolled-back row). */
	first?: boolean;
}

const MOU = 'mou-language-comparison';
const IMAEIL02 = 'imaeil-2002-food-terms';
const STDICT = 'stdict-headwords';

/** Names taken from the TSV notes (never invented: each is named in the row's notes or cells). */
const EXTRA: Record<string, Extra[]> = {
	naengmyeon: [
		{
			side: 'north',
			hangul: '국수',
			status: 'colloquial',
			note: 'in everyday North speech cold noodles are often simply called 국수',
			sources: [IMAEIL02]
		}
	],
	ramyeon: [
		{
			side: 'north',
			hangul: '봉지즉석국수',
			status: 'alias',
			note: 'the bag type (cup type: 그릇즉석국수)',
			sources: ['imaeil-2001-ramyeon', 'wikitree-308323', 'peterjuninfo-ramyeon']
		},
		{
			side: 'north',
			hangul: '라면',
			status: 'colloquial',
			note: '라면 is also heard colloquially',
			sources: ['imaeil-2001-ramyeon', 'wikitree-308323', 'peterjuninfo-ramyeon']
		}
	],
	'keop-ramyeon': [
		{ side: 'north', hangul: '고뿌라면', status: 'colloquial', note: 'colloquial; 고뿌 = cup' }
	],
	kalguksu: [
		{ side: 'north', hangul: '제비국', status: 'alias', note: null },
		{ side: 'north', hangul: '밀제비국', status: 'alias', note: null },
		{
			side: 'north',
			hangul: '칼제비',
			status: 'alias',
			note: 'one press report; the same report says even 수제비 is used for this dish',
			sources: [IMAEIL02]
		}
	],
	bugeotguk: [
		{
			side: 'north',
			hangul: '마른명태국',
			status: 'alias',
			note: 'built on 마른명태 (dried pollock)'
		}
	],
	gaejangguk: [
		{
			side: 'north',
			hangul: '단고기장국',
			status: 'alias',
			note: 'the name used by restaurants (e.g. 의암단고기장국집)',
			sources: ['dailynk-pyongyang-dangogi']
		}
	],
	yongbongtang: [
		{
			side: 'north',
			hangul: '닭잉어탕',
			status: 'alias',
			note: 'descriptive name (chicken + carp)',
			sources: [MOU]
		}
	],
	'daedonggang-sungeotguk': [
		{
			side: 'north',
			hangul: '숭어국',
			status: 'alias',
			note: 'short name used in DPRK texts',
			sources: ['naenara-sungeoguk', 'tongil-magazine-sungeoguk']
		}
	],
	dosirak: [
		{
			side: 'north',
			hangul: '벤또',
			status: 'colloquial',
			note: 'a 2000s defector account says many people still say 벤또 in daily speech',
			sources: ['joongang-nk-faq']
		}
	],
	bokkeumbap: [
		{
			side: 'north',
			hangul: '기름밥',
			status: 'disputed',
			note: 'claimed by online lists; DPRK-registered dishes are named …볶음밥 and 기름밥 is reportedly defined separately',
			sources: ['huarenca-forum']
		}
	],
	bibimbap: [
		{
			side: 'north',
			hangul: '교반',
			status: 'alias',
			note: 'dictionary synonym only, not the everyday word',
			sources: [MOU]
		}
	],
	'haeju-bibimbap': [
		{ side: 'both', hangul: '해주교반', status: 'alias', note: 'also called 해주교반' }
	],
	omeuraiseu: [
		{ side: 'north', hangul: '옴레트라이스', status: 'alias', note: null, sources: [MOU] },
		{
			side: 'north',
			hangul: '닭알씌움밥',
			status: 'disputed',
			note: 'appears only in online lists',
			sources: ['namuwiki-munhwaeo-vocab']
		}
	],
	yakbap: [
		{ side: 'both', hangul: '약식', status: 'alias', note: 'also 약식 in both', hanja: '藥食' }
	],
	seokbakji: [
		{
			side: 'north',
			hangul: '석박김치',
			status: 'alias',
			note: 'North dictionary form',
			sources: [MOU]
		},
		{ side: 'north', hangul: '써레기', status: 'alias', note: 'also 써레기김치', sources: [MOU] },
		{ side: 'north', hangul: '막김치', status: 'alias', note: null, sources: [MOU] }
	],
	jangajji: [
		{ side: 'north', hangul: '자짠지', status: 'alias', note: 'dictionary form', sources: [MOU] }
	],
	'saengseon-hoe': [
		{ side: 'north', hangul: '고기회', status: 'alias', note: null, sources: [MOU] }
	],
	myeongnanjeot: [
		{
			side: 'north',
			hangul: '명란젓',
			status: 'alias',
			note: 'seen on a Hamgyong restaurant menu in Pyongyang (South blog), so both may occur',
			hanja: '明卵-',
			sources: ['aladin-blog-hamgyong-menu']
		}
	],
	changnanjeot: [
		{
			side: 'north',
			hangul: '창란젓',
			status: 'disputed',
			note: 'a South blog reports 창란젓 in the North, against the dictionary-data 명태밸젓',
			sources: ['aladin-blog-hamgyong-menu']
		}
	],
	sosiji: [
		{ side: 'north', hangul: '고기순대', status: 'alias', note: 'dictionary form', sources: [MOU] }
	],
	jangjorim: [{ side: 'north', hangul: '고기졸임', status: 'alias', note: null, sources: [MOU] }],
	'gajami-sikhae': [
		{
			side: 'north',
			hangul: '가재미식혜',
			status: 'alias',
			note: 'DPRK outlets write both 가재미식혜 and 가재미식해',
			sources: [MOU, 'hankyung-2021-myeongyori', 'mt-2020-naenara-hamgyong']
		}
	],
	'hamheung-naengmyeon': [
		{
			side: 'north',
			hangul: '감자농마국수',
			status: 'alias',
			note: 'full name: potato-starch noodles'
		}
	],
	saengmaekju: [
		{
			side: 'north',
			hangul: '날맥주',
			status: 'alias',
			note: 'dictionary data; reports on Pyongyang outlets use 생맥주',
			sources: [MOU]
		}
	],
	geonbae: [
		{
			side: 'north',
			hangul: '축배',
			status: 'current',
			note: 'writers report 건배 marks a speaker as Southern and 축배 is said instead',
			hanja: '祝杯',
			sources: ['tudor-kim-2018-ask-a-north-korean', 'roads-and-kingdoms-2017-hoegaarden'],
			first: true
		}
	],
	makgeolli: [
		{
			side: 'north',
			hangul: '탁배기',
			status: 'alias',
			note: 'listed in the dictionary data; DPRK reports on 막걸리 contests use 막걸리',
			sources: [MOU]
		}
	],
	gangnaengi: [
		{ side: 'south', hangul: '뻥튀기', status: 'alias', note: null },
		{ side: 'north', hangul: '강냉이과자', status: 'alias', note: null }
	],
	twibap: [
		{
			side: 'north',
			hangul: '튀기',
			status: 'alias',
			note: 'also plain 튀기; sold as 튀기 과자 in Pyongyang kiosks'
		}
	],
	haembeogeo: [
		{
			side: 'north',
			hangul: '버거',
			status: 'current',
			note: 'menus now show 버거',
			attested: '2024',
			sources: ['etoday-2024-burger']
		},
		{
			side: 'north',
			hangul: '함버거',
			status: 'alias',
			note: 'in 2011 Kim Jong Il reportedly ordered 함버거',
			attested: '2011',
			sources: ['donga-2011-12-11-western-food']
		},
		{
			side: 'north',
			hangul: '고기겹빵',
			status: 'dated',
			note: 'coinage used in 2004 press',
			attested: '2004',
			sources: ['voa-2004-hamburger']
		},
		{
			side: 'north',
			hangul: '고기곁빵',
			status: 'dated',
			note: 'spelling in a 2002 press list',
			attested: '2002',
			sources: [IMAEIL02]
		},
		{
			side: 'north',
			hangul: '다진소고기와 빵',
			status: 'dated',
			note: 'on a 2009 menu',
			attested: '2009',
			sources: ['krnews21-57654']
		}
	],
	wapeul: [
		{
			side: 'north',
			hangul: '워흘',
			status: 'current',
			note: 'reportedly replaced 구운빵지짐 in 2011',
			attested: '2011',
			sources: ['donga-2011-12-11-western-food']
		},
		{
			side: 'north',
			hangul: '구운빵지짐',
			status: 'dated',
			note: 'coinage of 2009',
			attested: '2009',
			sources: ['krnews21-57654']
		}
	],
	pija: [
		{
			side: 'north',
			hangul: '종합지짐',
			status: 'colloquial',
			note: 'reported colloquial name, also 이태리 종합지짐',
			sources: ['chosun-2014-pizza']
		}
	],
	aiseukeurim: [
		{
			side: 'north',
			hangul: '아이스크림',
			status: 'alias',
			note: 'soft ice cream is also called 아이스크림 now',
			sources: ['news1-2022-eskimo']
		}
	],
	bingsu: [{ side: 'north', hangul: '단얼음', status: 'alias', note: null }],
	kaseutella: [{ side: 'north', hangul: '설기빵', status: 'alias', note: null }],
	kaereomel: [{ side: 'north', hangul: '젖기름사탕', status: 'alias', note: null }],
	jeungpyeon: [
		{ side: 'north', hangul: '상하떡', status: 'alias', note: null },
		{
			side: 'south',
			hangul: '술떡',
			status: 'colloquial',
			note: 'South colloquial name, not used in the North'
		}
	],
	juseu: [
		{
			side: 'north',
			hangul: '과실단물',
			status: 'alias',
			note: null,
			sources: [MOU, 'nikl-urimal365-12112']
		}
	],
	nokcha: [
		{ side: 'north', hangul: '푸른차', status: 'alias', note: 'native alternative', sources: [MOU] }
	],
	naengcha: [{ side: 'north', hangul: '찬단물', status: 'alias', note: null, sources: [MOU] }],
	dalgyal: [
		{ side: 'both', hangul: '계란', status: 'alias', note: '계란 exists in both', hanja: '鷄卵' }
	],
	yangbaechu: [
		{
			side: 'north',
			hangul: '가두배치',
			status: 'alias',
			note: 'variant in some accounts',
			sources: ['yms97-nokdujijim']
		}
	],
	yangpa: [
		{
			side: 'north',
			hangul: '호총',
			status: 'alias',
			note: 'also listed in the Ministry data',
			sources: [MOU]
		}
	],
	yeonyu: [
		{
			side: 'north',
			hangul: '련유',
			status: 'alias',
			note: 'Sino-Korean form',
			hanja: '煉乳',
			sources: [MOU]
		}
	],
	uyu: [
		{
			side: 'north',
			hangul: '우유',
			status: 'alias',
			note: '우유 is also used; North dictionary definitions use 소젖',
			hanja: '牛乳'
		}
	],
	jumeokbap: [
		{ side: 'north', hangul: '주먹밥', status: 'alias', note: '주먹밥 is also used in the North' }
	],
	bunyu: [
		{
			side: 'north',
			hangul: '가루젖',
			status: 'alias',
			note: 'lists vary',
			sources: [MOU, 'daum-cafe-rkop-315']
		},
		{
			side: 'north',
			hangul: '가루소젖',
			status: 'alias',
			note: 'lists vary',
			sources: [MOU, 'daum-cafe-rkop-315']
		}
	],
	gabojingeo: [
		{
			side: 'north',
			hangul: '호드기',
			status: 'disputed',
			note: 'the Ministry data maps 참오징어 (another South name for this cuttlefish) to 호드기',
			sources: [MOU]
		}
	],
	'yangjo-ganjang': [
		{ side: 'north', hangul: '발효간장', status: 'alias', note: null, sources: [MOU] }
	],
	'bokkeun-gochujang': [
		{ side: 'north', hangul: '장볶이', status: 'alias', note: null, sources: [MOU] }
	],
	gomyeong: [
		{
			side: 'north',
			hangul: '국수꾸미',
			status: 'alias',
			note: 'the meat topping on noodles',
			sources: ['dailynk-neungra-guksu']
		}
	],
	bindaetteok: [
		{
			side: 'south',
			hangul: '녹두지짐',
			status: 'alias',
			note: 'South press spelling of the North name',
			sources: [IMAEIL02]
		}
	],
	// not from the TSV: researched later, see "Added beyond the TSV" in db/seed/README.md
	eomuk: [
		{
			side: 'south',
			hangul: '오뎅',
			status: 'colloquial',
			note: 'Japanese loan (おでん), common in speech; the standard dictionary treats it as an error for 어묵',
			sources: ['stdict-odeng', 'kids-donga-2015-odeng', 'rfa-2023-tteokbokki-question']
		}
	]
};

/** Per-row overrides of the note on the row's North (or both) name; null to drop. */
const ROW_NOTE: Record<string, string | null> = {
	'창난젓/명태밸젓': 'from the dictionary data; a South blog reports 창란젓 in the North instead',
	'갑오징어/오징어':
		'one column says the North calls cuttlefish 오징어; the dictionary data maps 참오징어 to 호드기 instead',
	'개성편수/개성편수': null
};

/** Name order/status overrides for rows: key "south/north". */
const ROW_STATUS: Record<
	string,
	{ status: NameStatus; note?: string | null; attested?: string | null }
> = {
	'냉면/찬국수': { status: 'alias', note: 'native alternative listed beside 랭면' },
	'아이스크림/얼음보숭이': {
		status: 'dated',
		note: 'in the 1981 현대조선말사전 only, dropped from the 1992 조선말대사전; not in current use despite popular lists',
		attested: '1981–1992'
	},
	'국숫발/국수발': {
		status: 'alias',
		note: 'spelling without 사이시옷; the native word is 국수오리'
	},
	'약과/약과': { status: 'current', note: 'also used in the North' },
	'건배/쭉 냅시다': { status: 'current', note: 'given in a textbook list' }
};

/** Overrides of single names, keyed "slug/side/hangul". */
const NAME_OVERRIDE: Record<string, Partial<SeedName>> = {
	'naengjanggo/south/냉장고': { hanja: '冷藏庫' },
	'bongsa/south/봉사': { note: 'volunteer or public service' },
	'bongsa/north/봉사': {
		note: 'serving customers in eateries and shops (a restaurant 봉사s a dish)'
	},
	'danmul/south/단물': { note: 'fresh (non-salt) water; water with a sweet taste' },
	'danmul/north/단물': {
		note: 'sweet drinks such as juices and soft drinks (과일단물, 오미자단물)'
	},
	'ojingeo/north/낙지': {
		note: 'the North dictionary defines 낙지 as the ten-armed animal, i.e. the squid'
	},
	'nakji/north/서해낙지': { note: "the South's 낙지 needs a qualifier in the North" },
	'gangnaengi/south/강냉이': {
		note: 'in the South mostly popped corn; in the North 강냉이 is corn itself'
	},
	'bokda/south/볶다': { note: 'to stir-fry; to roast grains in a dry pan' },
	'bokda/north/닦다': {
		note: 'to roast grains (reported by a defector organisation official; spelling in the source uncertain)'
	}
};

/** Entry-level overrides. */
const ENTRY: Record<
	string,
	Partial<Pick<SeedEntry, 'english' | 'difference' | 'category' | 'regions'>>
> = {
	guksutbal: { difference: 'native-coinage' },
	yakgwa: { difference: 'native-coinage' },
	'guksu-sari': { english: 'extra serving of noodles' },
	danmul: { english: 'sweet drink (North) / fresh water (South)' },
	bongsa: { english: 'serving customers (North) / volunteer service (South)' }
};

const REGION: Record<string, Region[]> = {
	general: [],
	'North Korea': [],
	'North Korea (markets)': [],
	Pyongyang: ['pyongyang'],
	'Pyongyang (Okryu-gwan)': ['pyongyang'],
	Kaesong: ['kaesong'],
	'Hamhung, South Hamgyong': ['hamhung'],
	Hamgyong: ['hamgyong'],
	'North Hamgyong': ['hamgyong'],
	'Hamgyong / east coast': ['hamgyong'],
	'Sokcho (South), Hamgyong origin': ['sokcho', 'hamgyong'],
	'South Pyongan': ['pyongan'],
	Pyongan: ['pyongan'],
	'Haeju, South Hwanghae': ['haeju'],
	'Ryanggang / northern provinces': ['ryanggang']
};

/** Relations, each stored once. [a, relation, b] means "b is <relation> of a" stored on a. */
const RELATED: [string, Relation, string][] = [
	// false friends
	['ojingeo', 'false-friend', 'nakji'],
	['gabojingeo', 'false-friend', 'ojingeo'],
	['gangnaengi', 'false-friend', 'oksusu'],
	// see also
	['naengmyeon', 'see-also', 'naengguk'],
	['ramyeon', 'see-also', 'keop-ramyeon'],
	['keop-ramyeon', 'see-also', 'keop'],
	['mareun-ojingeo', 'see-also', 'ojingeo'],
	['jelli', 'see-also', 'yanggaeng'],
	['aiseukeurim', 'see-also', 'hadeu'],
	['bingsu', 'see-also', 'aiseukeurim'],
	['danmul', 'see-also', 'juseu'],
	['danmul', 'see-also', 'tansan-eumnyo'],
	['kolla', 'see-also', 'tansan-eumnyo'],
	['bindaetteok', 'see-also', 'buchimgae'],
	['bindaetteok', 'see-also', 'nokdu'],
	['nokduju', 'see-also', 'nokdu'],
	['ttangkong', 'see-also', 'nakhwasaeng'],
	['bugeo', 'see-also', 'myeongtae'],
	['bugeotguk', 'see-also', 'bugeo'],
	['gaejangguk', 'see-also', 'gaegogi'],
	['yukgaejang', 'see-also', 'gaejangguk'],
	['yeotgireum', 'see-also', 'maega'],
	['gwiri-tteok', 'see-also', 'gwiri'],
	['gajami-sikhae', 'see-also', 'gajami'],
	['hoe-naengmyeon', 'see-also', 'hamheung-naengmyeon'],
	['hamheung-naengmyeon', 'see-also', 'nongmal'],
	['gamja-twigim', 'see-also', 'twigim'],
	['twibap', 'see-also', 'twigim'],
	['papkon', 'see-also', 'gangnaengi'],
	['jangjorim', 'see-also', 'jorim'],
	['yongbongtang', 'see-also', 'yongmibongtang'],
	['yongan', 'see-also', 'yonganyuk'],
	['yangsik', 'see-also', 'yangsikssal'],
	['yangsik', 'see-also', 'yanggok'],
	['ssalbap', 'see-also', 'mepssal'],
	['sujebi', 'see-also', 'kalguksu'],
	['saeujeot', 'see-also', 'myeongnanjeot'],
	['myeongnanjeot', 'see-also', 'changnanjeot'],
	['myeongnanjeot', 'see-also', 'myeongtae'],
	['saengseon-hoe', 'see-also', 'yukhoe'],
	['sosiji', 'see-also', 'sundae'],
	['sundaetguk', 'see-also', 'sundae'],
	['maekjutjip', 'see-also', 'maekju'],
	['podoju', 'see-also', 'gwasilju'],
	['haembeogeo', 'see-also', 'paeseuteu-pudeu'],
	['hatdogeu', 'see-also', 'paeseuteu-pudeu'],
	['naengjanggo', 'see-also', 'naengdongsil'],
	['naengjanggo', 'see-also', 'naengjangsil'],
	['naengdonggo', 'see-also', 'naengdongsil'],
	['naengdong', 'see-also', 'naengdonghada'],
	['naengdong', 'see-also', 'naengjang'],
	['naengdongpum', 'see-also', 'naengdongeo'],
	['naengjang', 'see-also', 'naengjanghada'],
	['yori', 'see-also', 'yorihada'],
	['yori', 'see-also', 'yorisa'],
	['yori', 'see-also', 'yoribeop'],
	['yoritjip', 'see-also', 'yorijeom'],
	['charimpyo', 'see-also', 'yori'],
	['namu-jeotgarak', 'see-also', 'mokjeotgarak'],
	['chatjan', 'see-also', 'chatjong'],
	['chatjong', 'see-also', 'chatjongji'],
	['chanmul', 'see-also', 'channip'],
	['kkaennip', 'see-also', 'deulgireum'],
	['kkaenmuk', 'see-also', 'kkaenmukjang'],
	['dalgyal', 'see-also', 'nanhwang'],
	['dalgyal', 'see-also', 'nanbaek'],
	['dalgyal', 'see-also', 'dalgyal-mari'],
	['dalgyal', 'see-also', 'dalgyal-jjim'],
	['dalgyal', 'see-also', 'dalgyal-buchim'],
	['oksusu', 'see-also', 'oksusubap'],
	['oksusu', 'see-also', 'oksusu-gireum'],
	['oksusu', 'see-also', 'oksusu-guksu'],
	['peongpeongi-tteok', 'see-also', 'gangnaengi'],
	['sokdojeon-tteok', 'see-also', 'oksusu'],
	['yeongeun', 'see-also', 'yeonbap'],
	['yeonjajuk', 'see-also', 'yeonbapjuk'],
	['yeonjayuk', 'see-also', 'yeonbap'],
	['yeonyeopju', 'see-also', 'yeonyeop-daejeop'],
	['yeonyeop-daejeop', 'see-also', 'yeonyeop-jubal'],
	['yeonyeop-jubal', 'see-also', 'yeonyeop-bansang'],
	['dububap', 'see-also', 'dubu'],
	['dububap', 'see-also', 'injogogi-bap'],
	['gamatbap', 'see-also', 'hangamatbap'],
	['handetsot', 'see-also', 'handetbueok'],
	['gogitjeom', 'see-also', 'gogitgyeol'],
	['kimchitdok', 'see-also', 'kimchitdol'],
	['kimchitso', 'see-also', 'kimchi'],
	['kimchitguk', 'see-also', 'kimchi'],
	['pyeongyang-onban', 'see-also', 'bindaetteok'],
	['gaeseong-juak', 'see-also', 'yakgwa'],
	['chaeso', 'see-also', 'sangchu'],
	['uyu', 'see-also', 'bunyu'],
	['uyu', 'see-also', 'yeonyu'],
	['uyu', 'see-also', 'yogureuteu'],
	['seoltang', 'see-also', 'sireop'],
	['hwahak-jomiryo', 'see-also', 'matsogeum'],
	['jeongi-bapsot', 'see-also', 'jeonja-reinji'],
	['gomyeong', 'see-also', 'guksutbal'],
	['guksutbal', 'see-also', 'guksutjip'],
	['guksu-sari', 'see-also', 'guksutbal'],
	['anju', 'see-also', 'bugeo'],
	['anju', 'see-also', 'myeongtae-sundae'],
	['soju', 'see-also', 'gamhongno'],
	['geonbae', 'see-also', 'soju'],
	['jeungpyeon', 'see-also', 'baekseolgi'],
	['yakbap', 'see-also', 'yakgwa'],
	['jjinppang', 'see-also', 'doneot'],
	['kaseutella', 'see-also', 'baekseolgi'],
	['jaem', 'see-also', 'sireop'],
	['eobok-jaengban', 'see-also', 'jaengban-guksu'],
	['cheonggukjang', 'see-also', 'jjigae'],
	['gamja-nongmal', 'see-also', 'eongamja-guksu'],
	// broader: stored on the narrower entry
	['gamja-jjigae', 'broader', 'jjigae'],
	['pyeongyang-naengmyeon', 'broader', 'naengmyeon'],
	['hamheung-naengmyeon', 'broader', 'naengmyeon'],
	['hoe-naengmyeon', 'broader', 'naengmyeon'],
	['pyeongyang-bibimbap', 'broader', 'bibimbap'],
	['haeju-bibimbap', 'broader', 'bibimbap'],
	['seokbakji', 'broader', 'kimchi'],
	['oi-sobagi', 'broader', 'kimchi'],
	['yeongchae-kimchi', 'broader', 'kimchi'],
	['myeongtae-sundae', 'broader', 'sundae'],
	['abai-sundae', 'broader', 'sundae'],
	['daedonggang-maekju', 'broader', 'maekju'],
	['saengmaekju', 'broader', 'maekju'],
	['kaen-maekju', 'broader', 'maekju'],
	['dakgogi-naengchae', 'broader', 'naengchae'],
	['haesam-naengchae', 'broader', 'naengchae'],
	['yang-yori', 'broader', 'yori'],
	['chan-yori', 'broader', 'yori'],
	['cheong-yori', 'broader', 'yori'],
	['yang-yoritjip', 'broader', 'yoritjip'],
	['namu-jeotgarak', 'broader', 'jeotgarak'],
	['mokjeotgarak', 'broader', 'jeotgarak'],
	['sodokjeo', 'broader', 'jeotgarak'],
	['chal-oksusu', 'broader', 'oksusu'],
	['gamja-nongmal', 'broader', 'nongmal'],
	['kkaennip-jangajji', 'broader', 'jangajji'],
	['kkaennip-jangajji', 'see-also', 'kkaennip'],
	['kkaennip-jeorim', 'see-also', 'kkaennip'],
	['deulkkaennip-jjim', 'see-also', 'kkaennip'],
	['chamkkaenmuk', 'broader', 'kkaenmuk'],
	['baechutguk', 'broader', 'kimchitguk'],
	['yeonbapjuk', 'broader', 'yeonbap'],
	['joraengi-tteokguk', 'broader', 'tteokguk']
];

/**
 * Entries added beyond the TSV. Each must be attested for the North by a source that names the
 * dish in North usage: `jeon` by a source already in food-sources.md / the TSV, the rest by sources
 * researched later (listed at the end of the source table, quoted in db/seed/README.md). A dish
 * whose North name no source gives is not added (see "Skipped" in db/seed/README.md).
 */
const ADDITIONS: SeedEntry[] = [
	{
		slug: 'jeon',
		category: 'side-dish',
		regions: [],
		english: 'pan-fried food dipped in batter',
		description:
			"Slices of fish, meat or vegetables coated in flour and egg and pan-fried. Both Koreas use 전, but in the North it is kept for pieces only lightly dipped in batter, while pancakes of batter-mixed ingredients are 지짐 (the South's 부침개, 빈대떡).",
		descriptionKo:
			'생선, 고기, 채소 등을 얇게 저미거나 썰어 밀가루와 달걀물을 입혀 지진 음식이다. 남북 모두 「전」이라고 하지만, 북한에서는 반죽옷을 살짝 입힌 것에만 쓰고 재료를 반죽에 섞어 부친 것은 「지짐」이라고 한다(남한의 부침개, 빈대떡).',
		difference: 'meaning-shift',
		confidence: 'medium',
		names: [
			{
				side: 'south',
				hangul: '전',
				hanja: '煎',
				status: 'current',
				note: 'any pan-fried battered food, including pancakes (부침개)',
				attested: null,
				sources: [IMAEIL02, 'yms97-nokdujijim']
			},
			{
				side: 'north',
				hangul: '전',
				hanja: '煎',
				status: 'current',
				note: 'only for pieces lightly dipped in batter; batter-mixed pancakes are 지짐',
				attested: null,
				sources: [IMAEIL02, 'yms97-nokdujijim']
			}
		],
		related: [
			{ slug: 'buchimgae', relation: 'see-also' },
			{ slug: 'bindaetteok', relation: 'see-also' }
		]
	},
	{
		slug: 'bulgogi',
		category: 'side-dish',
		regions: [],
		english: 'marinated grilled meat',
		description:
			'Thin slices of beef or other meat marinated in soy sauce, garlic and sesame oil and grilled. Northern sources use the same word 불고기: a 2021 Kim Il Sung University article calls it a long-established national dish (민족료리), and in 2025 DPRK media promoted a Pyongyang restaurant, 화성락원불고기식당, serving some forty kinds of 불고기.',
		descriptionKo:
			'쇠고기 등을 얇게 썰어 간장, 마늘, 참기름 따위로 양념해 재웠다가 구운 음식이다. 북한도 같은 말 「불고기」를 쓴다. 2021년 김일성종합대학 글은 불고기를 역사가 오랜 민족 요리로 소개했고, 2025년 북한 매체는 평양의 「화성락원불고기식당」이 40여 가지 불고기를 낸다고 선전했다.',
		difference: 'same',
		confidence: 'high',
		names: [
			{
				side: 'both',
				hangul: '불고기',
				hanja: null,
				status: 'current',
				note: null,
				attested: null,
				sources: ['kimilsung-univ-2021-bulgogi', 'joongang-2025-hwaseong-bulgogi', STDICT]
			}
		],
		related: []
	},
	{
		slug: 'gimbap',
		category: 'rice',
		regions: [],
		english: 'rice rolled in laver',
		description:
			'Rice and fillings such as egg, vegetables and meat rolled in a sheet of dried laver (김) and sliced. The North uses the same word 김밥: KCNA reported it becoming a popular snack at Pyongyang park stalls, and a 2022 Uriminzokkiri cooking video showed Northern fillings such as pollock and sand lance.',
		descriptionKo:
			'밥과 달걀, 채소, 고기 따위를 김으로 말아 썬 음식이다. 북한도 같은 말 「김밥」을 쓴다. 조선중앙통신은 김밥이 평양 유원지의 매대 등에서 즐겨 찾는 간이음식이 되었다고 전했고, 2022년 우리민족끼리 영상은 명태나 까나리를 넣는 북한식 김밥을 소개했다.',
		difference: 'same',
		confidence: 'high',
		names: [
			{
				side: 'both',
				hangul: '김밥',
				hanja: null,
				status: 'current',
				note: null,
				attested: null,
				sources: ['yonhap-kcna-gimbap', 'news1-2022-gimbap', STDICT]
			}
		],
		related: []
	},
	{
		slug: 'japchae',
		category: 'side-dish',
		regions: [],
		english: 'glass noodles with stir-fried vegetables',
		description:
			"Starch noodles (당면) mixed with stir-fried vegetables and meat. The word is shared: North Korean cookbooks present the seafood 원산잡채 as a banquet dish, and a chef of the DPRK cooks' association showed a cold 찬잡채. The sources attest the Northern word through these named dishes, not plain 잡채 on its own.",
		descriptionKo:
			'당면에 볶은 채소와 고기 따위를 섞어 무친 음식이다. 북한 요리책에는 해물을 넣은 「원산잡채」가 연회 요리로 나오고, 조선료리협회 요리사가 「찬잡채」를 선보인 일이 있어 「잡채」라는 말은 남북이 같이 쓴다. 다만 자료가 보여 주는 북한 용례는 이런 요리 이름들이다.',
		difference: 'same',
		confidence: 'medium',
		names: [
			{
				side: 'both',
				hangul: '잡채',
				hanja: '雜菜',
				status: 'current',
				note: 'in the North attested in dish names (원산잡채, 찬잡채)',
				attested: null,
				sources: ['encykorea-wonsan-japchae', 'nk-chosun-chan-japchae', STDICT]
			}
		],
		related: []
	},
	{
		slug: 'sikhye',
		category: 'drink',
		regions: [],
		english: 'sweet rice drink',
		description:
			'A sweet drink of cooked rice steeped in malt water (엿기름, North 길금). The North uses the same word 식혜: KCNA lists it among the traditional drinks without alcohol and names 감주 (단술) separately as a low-alcohol drink. Northern outlets also write 식혜 for the fermented fish dish 식해 (see 가자미식해).',
		descriptionKo:
			'엿기름(북한말 길금)을 우린 물에 밥을 넣어 삭힌 단 음료이다. 북한도 같은 말 「식혜」를 쓴다. 조선중앙통신은 식혜를 알코올이 없는 전통 음료로 들고, 감주(단술)는 알코올이 조금 있는 음료로 따로 소개한다. 북한 매체는 물고기를 삭힌 「식해」도 「식혜」로 적곤 한다(가자미식해 참고).',
		difference: 'same',
		confidence: 'high',
		names: [
			{
				side: 'both',
				hangul: '식혜',
				hanja: '食醯',
				status: 'current',
				note: null,
				attested: null,
				sources: ['kcna-2004-traditional-drinks', 'kcckp-drinks', STDICT]
			}
		],
		related: [{ slug: 'gajami-sikhae', relation: 'see-also' }]
	},
	{
		slug: 'songpyeon',
		category: 'bread-sweets',
		regions: [],
		english: 'half-moon rice cake',
		description:
			'Small rice-flour cakes filled with beans, sesame or chestnut and steamed on pine needles, the dish of Chuseok. The North uses the same word 송편: KCNA and Rodong Sinmun call it the food no Chuseok can be without.',
		descriptionKo:
			'쌀가루 반죽에 콩, 깨, 밤 따위로 소를 넣어 빚고 솔잎을 깔아 찐 떡으로, 추석 음식이다. 북한도 같은 말 「송편」을 쓰며, 조선중앙통신과 로동신문은 송편을 추석에 빠져서는 안 되는 음식으로 소개한다.',
		difference: 'same',
		confidence: 'high',
		names: [
			{
				side: 'both',
				hangul: '송편',
				hanja: '松-',
				status: 'current',
				note: null,
				attested: null,
				sources: ['kcna-2006-chuseok', 'rodong-2022-chuseok', STDICT]
			}
		],
		related: []
	},
	{
		slug: 'tteokbokki',
		category: 'street-food',
		regions: [],
		english: 'rice cakes simmered in chili sauce',
		description:
			"Sticks of rice cake simmered in a sweet chili-paste sauce, a staple of South Korean street food. A defector told NK News in 2015 that the dish did not exist in the North; in 2024 RFA's sources in Ryanggang said 떡볶이 had been sold under that name, first in Chinese-run restaurants from about 2017 and later in markets, until the authorities banned it as South Korean food.",
		descriptionKo:
			'가래떡을 달고 매운 고추장 양념에 졸이듯 익힌 음식으로, 남한의 대표적인 길거리 음식이다. 2015년 NK News에서 한 탈북민은 북한에는 떡볶이가 없다고 했으나, 2024년 RFA는 양강도 소식통을 인용해 2017년경부터 중국인 식당에서, 이후 장마당에서도 「떡볶이」가 팔리다가 한국 음식이라는 이유로 판매가 금지되었다고 전했다.',
		difference: 'same',
		confidence: 'low',
		names: [
			{
				side: 'both',
				hangul: '떡볶이',
				hanja: null,
				status: 'current',
				note: "in the North reported only by RFA's sources (2024), for a South Korean dish that was then banned",
				attested: null,
				sources: ['rfa-2024-tteokbokki-ban', 'nknews-2015-tteokbokki', STDICT]
			}
		],
		related: []
	},
	{
		slug: 'tteokguk',
		category: 'soup-stew',
		regions: [],
		english: 'rice-cake soup',
		description:
			"Sliced white rice cake in a clear broth, the customary New Year dish. The word is the same in the North: South Korean reports of Rodong Sinmun describe 떡국 on the Northern New Year table (the rite is even called 떡국차례) and served by Pyongyang restaurants at New Year; Kaesong's 조랭이떡국 is a regional kind.",
		descriptionKo:
			'가래떡을 얇게 썰어 맑은 장국에 끓인 음식으로, 설날에 먹는다. 북한도 같은 말 「떡국」을 쓴다. 노동신문을 인용한 남한 보도에 따르면 북한에서도 설 차례상에 떡국을 올려 「떡국차례」라고도 하며, 평양 식당들이 설에 떡국을 낸다. 개성의 조랭이떡국은 그 한 갈래이다.',
		difference: 'same',
		confidence: 'medium',
		names: [
			{
				side: 'both',
				hangul: '떡국',
				hanja: null,
				status: 'current',
				note: null,
				attested: null,
				sources: ['ytn-2024-seollal', 'ytn-2019-seollal', STDICT]
			}
		],
		related: []
	}
];

// ───────────────────────────── build ─────────────────────────────

function build() {
	const rows = readTsv();
	const groups = new Map<string, Row[]>();
	for (const r of rows) {
		const slug = SLUG[r.south];
		if (!slug) throw new Error(`no slug for ${r.south}`);
		const g = groups.get(slug) ?? [];
		g.push(r);
		groups.set(slug, g);
	}

	const usedSources = new Set<string>();
	// a source's URL is the URL in the TSV citation it matched, unless given in the table
	const urlOf = new Map<string, string | null>();
	for (const r of rows)
		for (const c of r.sources) {
			const k = sourceKey(c);
			const u = /https?:\/\/\S+/.exec(c)?.[0] ?? null;
			const prev = urlOf.get(k);
			if (prev !== undefined && prev !== u)
				throw new Error(`source ${k} matches two URLs: ${prev} / ${u}`);
			urlOf.set(k, u);
		}
	const entries: SeedEntry[] = [];
	const rank = { high: 0, medium: 1, low: 2 } as const;

	for (const [slug, group] of groups) {
		const rowsSorted = [...group].sort(
			(a, b) => rank[a.confidence] - rank[b.confidence] || a.line - b.line
		);
		const main = rowsSorted[0]!;
		const southNames: SeedName[] = [];
		const northNames: SeedName[] = [];
		const bothNames: SeedName[] = [];
		const keyOf = (r: Row) => r.sources.map(sourceKey);
		const add = (list: SeedName[], n: SeedName) => {
			const dup = list.find((x) => x.hangul === n.hangul);
			if (dup) {
				for (const s of n.sources) if (!dup.sources.includes(s)) dup.sources.push(s);
				if (!dup.hanja && n.hanja) dup.hanja = n.hanja;
				return;
			}
			list.push(n);
		};
		// rows in TSV order so that the first (main-table) row gives the headword
		for (const r of group) {
			const srcs = keyOf(r);
			srcs.forEach((s) => usedSources.add(s));
			const southForm = r.south.replace(/\s*\(.*\)$/, '');
			const hanjaSide = HANJA_SIDE[r.south] ?? HANJA_SIDE[`${r.south}/${r.north}`];
			const hanja = r.hanja || null;
			const southHanja = hanja && hanjaSide !== 'north' ? hanja : null;
			const northHanja = hanja && hanjaSide !== 'south' ? hanja : null;
			const over = ROW_STATUS[`${r.south}/${r.north}`];
			const lowStatus: NameStatus = r.confidence === 'low' ? 'disputed' : 'current';
			const rowNote = Object.hasOwn(ROW_NOTE, `${r.south}/${r.north}`)
				? ROW_NOTE[`${r.south}/${r.north}`]!
				: defaultNote(r);
			const northForms = NORTH_FORMS[r.north] ?? [r.north];
			const sameWord =
				r.difference === 'same' || (r.south === r.north && r.difference !== 'meaning-shift');
			if (sameWord) {
				add(bothNames, {
					side: 'both',
					hangul: r.north,
					hanja,
					status: over?.status ?? lowStatus,
					note: over?.note !== undefined ? over.note : rowNote,
					attested: over?.attested ?? null,
					sources: [...srcs]
				});
				continue;
			}
			// a second South word merged into the entry (녹두전 → 빈대떡, 야채 → 채소) is an alternative name
			const secondary = r.south !== group[0]!.south;
			add(southNames, {
				side: 'south',
				hangul: southForm,
				hanja: southHanja,
				status: secondary ? 'alias' : 'current',
				note: null,
				attested: null,
				sources: [...srcs]
			});
			for (const nf of northForms) {
				add(northNames, {
					side: 'north',
					hangul: nf,
					hanja: northHanja,
					status: over?.status ?? (secondary && lowStatus === 'current' ? 'alias' : lowStatus),
					note: over?.note !== undefined ? over.note : rowNote,
					attested: over?.attested ?? null,
					sources: [...srcs]
				});
			}
		}
		for (const x of EXTRA[slug] ?? []) {
			const srcs = x.sources ?? keyOf(main);
			srcs.forEach((s) => usedSources.add(s));
			const n: SeedName = {
				side: x.side,
				hangul: x.hangul,
				hanja: x.hanja ?? null,
				status: x.status,
				note: x.note,
				attested: x.attested ?? null,
				sources: [...srcs]
			};
			const list = x.side === 'south' ? southNames : x.side === 'north' ? northNames : bothNames;
			if (x.first) list.unshift(n);
			else list.push(n);
		}
		// a side-specific name that is also a shared ("both") name is folded into the shared one (약과)
		for (const list of [southNames, northNames])
			for (let i = list.length - 1; i >= 0; i--) {
				const shared = bothNames.find(
					(b) => b.hangul === list[i]!.hangul && list[i]!.status === 'current'
				);
				if (!shared) continue;
				for (const k of list[i]!.sources) if (!shared.sources.includes(k)) shared.sources.push(k);
				if (!shared.hanja) shared.hanja = list[i]!.hanja;
				list.splice(i, 1);
			}
		for (const n of [...southNames, ...northNames, ...bothNames]) {
			const o = NAME_OVERRIDE[`${slug}/${n.side}/${n.hangul}`];
			if (o) Object.assign(n, o);
		}
		const names = [...southNames, ...northNames, ...bothNames].sort(
			(a, b) => statusRank(a.status) - statusRank(b.status)
		);
		let difference: Difference = ENTRY[slug]?.difference ?? main.difference;
		if (difference === 'spelling' && isSaisiot(main.south, main.north)) difference = 'saisiot';
		const english = ENTRY[slug]?.english ?? cleanGloss(main.gloss);
		const text = TEXT[slug];
		entries.push({
			slug,
			category: ENTRY[slug]?.category ?? main.category,
			regions: ENTRY[slug]?.regions ?? mapRegion(main.region),
			english,
			description:
				text?.[0] ?? [LEAD[slug]?.[0] ?? sentence(english), templateEn(main, difference)].join(' '),
			descriptionKo:
				text?.[1] ?? [LEAD[slug]?.[1], templateKo(main, difference)].filter(Boolean).join(' '),
			difference,
			confidence: main.confidence,
			names,
			related: []
		});
	}

	for (const a of ADDITIONS) {
		if (entries.some((e) => e.slug === a.slug))
			throw new Error(`addition ${a.slug} duplicates a TSV entry`);
		a.names.forEach((n) => n.sources.forEach((k) => usedSources.add(k)));
		entries.push(structuredClone(a));
	}

	// every curated key must name an existing entry (a typo would silently do nothing)
	const slugSet = new Set(entries.map((e) => e.slug));
	const check = (what: string, keys: string[]) => {
		for (const k of keys) if (!slugSet.has(k)) throw new Error(`${what}: unknown slug ${k}`);
	};
	check('EXTRA', Object.keys(EXTRA));
	check('ENTRY', Object.keys(ENTRY));
	check('LEAD', Object.keys(LEAD));
	check('TEXT', Object.keys(TEXT));
	check(
		'NAME_OVERRIDE',
		Object.keys(NAME_OVERRIDE).map((k) => k.split('/')[0]!)
	);
	for (const k of Object.keys(NAME_OVERRIDE)) {
		const [slug, side, hangul] = k.split('/');
		if (
			!entries
				.find((e) => e.slug === slug)!
				.names.some((n) => n.side === side && n.hangul === hangul)
		)
			throw new Error(`NAME_OVERRIDE ${k}: no such name`);
	}
	for (const k of [...Object.keys(ROW_NOTE), ...Object.keys(ROW_STATUS)])
		if (!rows.some((r) => `${r.south}/${r.north}` === k))
			throw new Error(`row override ${k}: no such row`);
	for (const k of Object.keys(HANJA_SIDE))
		if (!rows.some((r) => r.south === k || `${r.south}/${r.north}` === k))
			throw new Error(`HANJA_SIDE ${k}: no such row`);

	// relations
	const bySlug = new Map(entries.map((e) => [e.slug, e]));
	for (const [a, rel, b] of RELATED) {
		const e = bySlug.get(a);
		if (!e || !bySlug.has(b)) throw new Error(`relation ${a} ${rel} ${b}: unknown slug`);
		e.related.push({ slug: b, relation: rel });
	}
	entries.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));

	const sources: SeedSource[] = SOURCES.filter((s) => usedSources.has(s.key)).map((s) => ({
		key: s.key,
		citation: s.citation,
		url: s.url === '' ? (urlOf.get(s.key) ?? null) : s.url,
		publisher: s.publisher,
		year: s.year,
		reliability: s.reliability
	}));
	const unused = SOURCES.filter((s) => !usedSources.has(s.key)).map((s) => s.key);
	if (unused.length) console.warn('unused sources:', unused.join(', '));

	const manifest = JSON.parse(fs.readFileSync(path.join(SEED, 'photos-manifest.json'), 'utf8')) as {
		images: {
			file: string;
			author: string;
			license: string;
			license_url: string;
			source_url: string;
		}[];
	};
	const PHOTO_TEXT: Record<string, { entry: string; altEn: string; altKo: string }> = {
		'naengmyeon-yanbian-style-n509fz.webp': {
			entry: 'naengmyeon',
			altEn:
				'A bowl of dark buckwheat noodles in clear cold broth, topped with sliced beef, half a boiled egg, slices of apple or pear, kimchi and sesame seeds (Yanbian-style naengmyeon).',
			altKo:
				'맑고 차가운 국물에 거무스름한 메밀국수를 담고 편육, 삶은 달걀 반쪽, 사과나 배 조각, 김치, 깨를 얹은 냉면 한 그릇(연변식 물냉면).'
		},
		'sundae-rice-sausage-popo-le-chien.webp': {
			entry: 'sundae',
			altEn: 'Slices of dark blood sausage threaded on wooden skewers at a food stall.',
			altKo: '노점에서 나무 꼬치에 꿰어 파는 검붉은 순대 조각.'
		},
		'dolsot-bibimbap-andy-li.webp': {
			entry: 'bibimbap',
			altEn:
				'Hot stone-pot bibimbap seen from above: rice topped with beef, a raw egg yolk, bean sprouts, carrot, courgette, lettuce and sesame seeds.',
			altKo:
				'위에서 본 돌솥비빔밥: 밥 위에 소고기, 날달걀 노른자, 콩나물, 당근, 애호박, 상추, 깨를 얹었다.'
		}
	};
	const photos: SeedPhoto[] = manifest.images.map((img) => {
		const t = PHOTO_TEXT[img.file];
		if (!t) throw new Error(`no photo text for ${img.file}`);
		return {
			entry: t.entry,
			file: img.file,
			author: img.author,
			license: img.license,
			licenseUrl: img.license_url,
			sourceUrl: img.source_url,
			altEn: t.altEn,
			altKo: t.altKo,
			width: 1200,
			height: 900,
			cropped: true
		};
	});

	const write = (f: string, v: unknown) =>
		fs.writeFileSync(path.join(SEED, f), JSON.stringify(v, null, '\t') + '\n');
	write('sources.json', sources);
	write('entries.json', entries);
	write('photos.json', photos);
	const count = (side: string) =>
		entries.reduce((n, e) => n + e.names.filter((x) => x.side === side).length, 0);
	console.log(
		`${entries.length} entries, ${sources.length} sources, names: south ${count('south')}, north ${count('north')}, both ${count('both')}`
	);
}

function statusRank(s: NameStatus): number {
	return ['current', 'colloquial', 'alias', 'dated', 'disputed'].indexOf(s);
}

function mapRegion(r: string): Region[] {
	const m = REGION[r];
	if (!m) throw new Error(`unknown region ${r}`);
	return [...m];
}

function cleanGloss(g: string): string {
	return g.replace(/^\((claimed)\)\s*/, '').trim();
}

const RULE_NOTE = /^(사이시옷 difference.*|North keeps the initial ㄹ\/ㄴ \(no 두음법칙\)\.?)$/;

function defaultNote(r: Row): string | null {
	const n = r.notes.trim();
	if (!n) return null;
	if (RULE_NOTE.test(n)) return null;
	const plain = n.replace(/^(DISPUTED\/OBSOLETE|DISPUTED|DOUBTFUL|CONFLICT|ROLLED BACK): /, '');
	if (r.confidence === 'low') return plain;
	if (
		/single|only one|only online|CONFLICT|DOUBTFUL|not confirmed|may be|uncertain|inferred/i.test(n)
	)
		return plain;
	return null;
}

// ── template descriptions (used where TEXT has no hand-written text) ──

function hasBatchim(word: string): boolean {
	const ch = word[word.length - 1]!;
	const code = ch.charCodeAt(0);
	if (code < 0xac00 || code > 0xd7a3) return false;
	return (code - 0xac00) % 28 !== 0;
}
const eulo = (w: string) => {
	const ch = w[w.length - 1]!;
	const t = (ch.charCodeAt(0) - 0xac00) % 28;
	return hasBatchim(w) && t !== 8 ? '으로' : '로';
};
const ira = (w: string) => (hasBatchim(w) ? '이라고' : '라고');

function firstDiff(s: string, n: string): [string, string] {
	for (let i = 0; i < Math.min(s.length, n.length); i++) if (s[i] !== n[i]) return [s[i]!, n[i]!];
	return [s, n];
}

function sentence(g: string): string {
	const t = g.charAt(0).toUpperCase() + g.slice(1);
	return t.endsWith('.') ? t : `${t}.`;
}

function templateEn(r: Row, d: Difference): string {
	const s = r.south.replace(/\s*\(.*\)$/, '');
	const n = r.north;
	switch (d) {
		case 'initial-sound-law': {
			const [a, b] = firstDiff(s, n);
			return `South Korean spelling writes ${a} under the initial-sound law (두음법칙); North Korean spelling keeps ${b}, giving ${n}.`;
		}
		case 'saisiot':
			return `The South writes a linking ㅅ (사이시옷) in ${s}; North Korean spelling leaves it out: ${n}.`;
		case 'same':
			return `Both Koreas call it ${n}.`;
		default:
			return `It is called ${s} in the South and ${n} in the North.`;
	}
}

function templateKo(r: Row, d: Difference): string {
	const s = r.south.replace(/\s*\(.*\)$/, '');
	const n = r.north;
	switch (d) {
		case 'initial-sound-law': {
			const [a, b] = firstDiff(s, n);
			return `남한은 두음 법칙에 따라 「${a}」${eulo(a)} 적고, 북한은 두음 법칙을 적용하지 않아 「${b}」${eulo(b)} 적는다.`;
		}
		case 'saisiot':
			return `남한은 사이시옷을 받쳐 「${s}」${eulo(s)} 적고, 북한은 사이시옷을 적지 않아 「${n}」${eulo(n)} 적는다.`;
		case 'same':
			return `남북 모두 「${n}」${ira(n)} 한다.`;
		default:
			return `남한에서는 「${s}」, 북한에서는 「${n}」${ira(n)} 한다.`;
	}
}

// ───────────────────────────── source table ─────────────────────────────
// One row per distinct source. `match`: substrings identifying the citation in the TSV sources
// column. Grades follow food-sources.md (A dictionary/official; B DPRK primary or established
// press; C secondary press/wiki/defector; D blog/forum); "A-"/"B-" there are rounded to A/B.

interface SourceDef extends SeedSource {
	match: string[];
}

function src(
	key: string,
	match: string | string[],
	citation: string,
	publisher: string | null,
	year: string | null,
	reliability: SeedSource['reliability'],
	url?: string | null
): SourceDef {
	const m = Array.isArray(match) ? match : [match];
	return {
		key,
		match: m,
		citation,
		publisher,
		year,
		reliability,
		url: url === undefined ? '' : url
	};
}

const SOURCES: SourceDef[] = [
	// A — dictionary-grade / official
	src(
		'mou-language-comparison',
		['data.go.kr/data/15151340'],
		'통일부 「남북한 언어비교」 open data (data.go.kr 15151340), read via the API dump in github.com/robo24065-cell/factdoc (북한자료-api/wordCmp.json)',
		'통일부 (Ministry of Unification)',
		null,
		'A',
		'https://www.data.go.kr/data/15151340/openapi.do'
	),
	src(
		'urimalsaem-north',
		['opendict.korean.go.kr'],
		'우리말샘 북한어 entries, read via the gukhanmun extract (github.com/dahlia/gukhanmun, crates/gukhanmun-opendict/data/north-korean.tsv, snapshot 20260603; CC BY-SA 2.0 KR)',
		'국립국어원 (National Institute of Korean Language)',
		null,
		'A',
		'https://opendict.korean.go.kr/'
	),
	src(
		'gyeoremal-icecream',
		'dic.gyeoremal.or.kr/mean_diff.php?sq=158',
		'겨레말큰사전 「한눈에 들어오는 남북 언어」: 아이스크림',
		'겨레말큰사전남북공동편찬사업회',
		null,
		'A',
		'http://dic.gyeoremal.or.kr/mean_diff.php?sq=158'
	),
	src(
		'gyeoremal-gangnaengi',
		'dic.gyeoremal.or.kr/mean_diff.php?sq=22',
		'겨레말큰사전 「한눈에 들어오는 남북 언어」: 강냉이',
		'겨레말큰사전남북공동편찬사업회',
		null,
		'A',
		'http://dic.gyeoremal.or.kr/mean_diff.php?sq=22'
	),
	src(
		'gyeoremal-tansan-eumnyo',
		'dic.gyeoremal.or.kr/mean_diff.php?sq=191',
		'겨레말큰사전 「한눈에 들어오는 남북 언어」: 탄산음료',
		'겨레말큰사전남북공동편찬사업회',
		null,
		'A',
		'http://dic.gyeoremal.or.kr/mean_diff.php?sq=191'
	),
	src(
		'kim-taehun-eoreumbosungi',
		'nownforever.co.kr/xe/gul_hangul/19601',
		'김태훈 「북녘말」: 얼음보숭이·에스키모 (Hankyoreh column, mirrored at nownforever.co.kr)',
		'한겨레 (mirror: nownforever.co.kr)',
		null,
		'A',
		'https://nownforever.co.kr/xe/gul_hangul/19601'
	),
	src(
		'kim-taehun-nakji-ojingeo',
		'nownforever.co.kr/xe/gul_hangul/19670',
		'김태훈 「북녘말」: 낙지와 오징어 (Hankyoreh column, mirrored at nownforever.co.kr)',
		'한겨레 (mirror: nownforever.co.kr)',
		null,
		'A',
		'https://nownforever.co.kr/xe/gul_hangul/19670'
	),
	src(
		'kim-taehun-dalgal',
		'document_srl=19799',
		'김태훈 「북녘말」: 닭알 (Hankyoreh column, mirrored at nownforever.co.kr)',
		'한겨레 (mirror: nownforever.co.kr)',
		null,
		'A',
		'http://nownforever.co.kr/xe/index.php?document_srl=19799&mid=gul_hangul'
	),
	src(
		'kim-taehun-namsae',
		'document_srl=19564',
		'김태훈 「북녘말」: 남새 (Hankyoreh column, mirrored at nownforever.co.kr)',
		'한겨레 (mirror: nownforever.co.kr)',
		null,
		'A',
		'http://nownforever.co.kr/xe/index.php?document_srl=19564&mid=gul_hangul'
	),
	src(
		'kim-taehun-gangnaengi',
		'document_srl=19742',
		'김태훈 「북녘말」: 강냉이 (Hankyoreh column, mirrored at nownforever.co.kr)',
		'한겨레 (mirror: nownforever.co.kr)',
		null,
		'A',
		'http://nownforever.co.kr/xe/index.php?document_srl=19742&mid=gul_hangul'
	),
	src(
		'nikl-urimal365-12112',
		'urimal365.kr',
		'국립국어원 「쉼표, 마침표」 (과일단물, 단물얼음, 랭동기)',
		'국립국어원 (National Institute of Korean Language)',
		null,
		'A',
		'http://urimal365.kr/index.jsp?control=page&part=view&idx=12112'
	),
	src(
		'encykorea-daedonggang-sungeotguk',
		'encykorea.aks.ac.kr/Article/E0079945',
		'한국민족문화대백과사전 「대동강숭엇국」',
		'한국학중앙연구원 (Academy of Korean Studies)',
		null,
		'A'
	),
	src(
		'encykorea-anju',
		'encykorea.aks.ac.kr/Article/E0035012',
		'한국민족문화대백과사전 「안주」',
		'한국학중앙연구원 (Academy of Korean Studies)',
		null,
		'A'
	),
	src(
		'wiktionary-munhwaeo',
		'wiktionary.org',
		'위키낱말사전:문화어 (statement of the 두음법칙 and 사이시옷 differences)',
		'Wiktionary (ko)',
		null,
		'B',
		'https://ko.m.wiktionary.org/wiki/%EC%9C%84%ED%82%A4%EB%82%B1%EB%A7%90%EC%82%AC%EC%A0%84:%EB%AC%B8%ED%99%94%EC%96%B4'
	),
	// encyclopedia articles cited second-hand (not read directly)
	src(
		'encykorea-haeju-bibimbap',
		'encykorea.aks.ac.kr/Article/E0079943',
		'한국민족문화대백과사전 「해주비빔밥」 (cited second-hand in github.com/robo24065-cell/factdoc scripts/nk-pick-items.mjs)',
		'한국학중앙연구원 (Academy of Korean Studies)',
		null,
		'B',
		'https://encykorea.aks.ac.kr/Article/E0079943'
	),
	src(
		'encykorea-myeongtae-sundae',
		'encykorea.aks.ac.kr/Article/E0016834',
		'한국민족문화대백과사전 「명태순대」 (cited second-hand in github.com/robo24065-cell/factdoc scripts/nk-pick-items.mjs)',
		'한국학중앙연구원 (Academy of Korean Studies)',
		null,
		'B',
		'https://encykorea.aks.ac.kr/Article/E0016834'
	),
	src(
		'encykorea-gaeseong-pyeonsu',
		'encykorea.aks.ac.kr/Article/E0059843',
		'한국민족문화대백과사전 「개성편수」 (cited second-hand in github.com/robo24065-cell/factdoc scripts/nk-pick-items.mjs)',
		'한국학중앙연구원 (Academy of Korean Studies)',
		null,
		'B',
		'https://encykorea.aks.ac.kr/Article/E0059843'
	),
	// B — DPRK primary sources
	src(
		'kcna-pyongyang-raengmyeon',
		'kcna.kp',
		'KCNA article on 평양랭면',
		'조선중앙통신 (KCNA)',
		null,
		'B'
	),
	src(
		'kimilsung-univ-pyongyang-specialties',
		'ryongnamsan.edu.kp',
		'김일성종합대학 「평양특산물 - 숭어료리」 (대동강숭어국, 평양랭면, 평양비빔밥, 평양온반, 록두지짐)',
		'김일성종합대학 (Kim Il Sung University)',
		null,
		'B'
	),
	src('naenara-sungeoguk', 'naenara.com.kp', '내나라 「숭어국」', '내나라 (Naenara)', null, 'B'),
	src(
		'cooks-org-hamgyong',
		'cooks.org.kp/kp/index.php/first/cooking_introduction/6/2/36',
		'조선료리협회 「함경도지방의 료리」',
		'조선료리협회 (cooks.org.kp)',
		null,
		'B'
	),
	src(
		'cooks-org-gaeseong-pyeonsu',
		'cooks.org.kp/kp/index.php/first/cooking_culture/2/19/38',
		'조선료리협회 — 개성 편수',
		'조선료리협회 (cooks.org.kp)',
		null,
		'B'
	),
	src(
		'lampcook-north-2-3',
		'idx_no=2-3',
		'lampcook.com repost of a DPRK regional-cuisine text (2-3: Pyongan — 노치, 초계탕)',
		'lampcook.com',
		null,
		'B'
	),
	src(
		'lampcook-north-2-11',
		'idx_no=2-11',
		'lampcook.com repost of a DPRK regional-cuisine text (2-11: Kaesong — 편수, 추어탕, 약밥)',
		'lampcook.com',
		null,
		'B'
	),
	src(
		'lampcook-north-1686',
		'idx_no=1686',
		'lampcook.com repost of a DPRK regional-cuisine text (food_north_view 1686: 조랭이떡국, 우메기, 편수, 약밥)',
		'lampcook.com',
		null,
		'B'
	),
	src(
		'arirang-meari-eongamja-guksu',
		'kcnawatch.co',
		'Arirang Meari via KCNA Watch — 옥류관에서 특색있는 언감자국수를 봉사',
		'아리랑메아리 (via KCNA Watch)',
		null,
		'B'
	),
	src(
		'dprktoday-nokdujijim',
		'hanseattle1.com',
		'dprktoday repost (hanseattle1.com) — 록두지짐, 대동강숭어국',
		'조선의 오늘 (dprktoday), repost',
		null,
		'B'
	),
	src(
		'huffpost-okryugwan',
		'huffingtonpost.kr',
		'HuffPost Korea — Okryu-gwan technician on 평양랭면 (quoting 통일신보)',
		'HuffPost Korea',
		null,
		'B'
	),
	src(
		'hankyung-2021-myeongyori',
		'hankyung.com/politics/article/202103205544Y',
		'한국경제 2021 — 조선신보 list of registered 조선 명요리',
		'한국경제',
		'2021',
		'B'
	),
	src(
		'spn-2020-myeongyori',
		'spnews.co.kr',
		'SPN 서울평양뉴스 2020 — 조선신보 list of registered 조선 명요리',
		'SPN 서울평양뉴스',
		'2020',
		'B'
	),
	src(
		'hankyung-2023-taedonggang',
		'hankyung.com/article/202309084734Y',
		'한국경제 2023 — 대동강맥주 (1–7번)',
		'한국경제',
		'2023',
		'B'
	),
	src(
		'dailynk-neungra-guksu',
		'EB%A6%89%EB%9D%BC%EA%B5%AD%EC%88%98',
		'Daily NK — 北 릉라국수 명요리 등록 (국수오리, 국수꾸미)',
		'Daily NK',
		null,
		'B'
	),
	src(
		'dailynk-pyongyang-dangogi',
		'EB%8B%A8%EA%B3%A0%EA%B8%B0',
		'Daily NK — 평양 단고기는 의암단고기장국집',
		'Daily NK',
		null,
		'B'
	),
	src(
		'dailynk-pyongyang-beer-halls',
		'EB%A7%A5%EC%A3%BC%EC%A7%91',
		'Daily NK — 평양 맥주집 (대동강맥주집)',
		'Daily NK',
		null,
		'B'
	),
	src(
		'dailynk-2008-pizza',
		'EC%82%90%EC%A7%9C',
		'Daily NK 2008 — 천리마 magazine pizza recipe (삐짜, 칼파스, 도마도, 별무리 차집)',
		'Daily NK',
		'2008',
		'B'
	),
	src(
		'donga-2011-12-11-western-food',
		'donga.com/news/Inter/article/all/20111211',
		'동아일보 2011-12-11 — 함버거, 워흘, 호트도그',
		'동아일보',
		'2011',
		'B'
	),
	src(
		'donga-2011-12-12-fast-food',
		'donga.com/news/Society/article/all/20111212',
		'동아일보 2011-12-12 — 속성음식',
		'동아일보',
		'2011',
		'B'
	),
	// B — established press
	src(
		'imaeil-2002-food-terms',
		'imaeil.com/page/view/2002021514302292673',
		'매일신문 2002 「인사이드-음식용어」',
		'매일신문',
		'2002',
		'B'
	),
	src(
		'imaeil-2001-ramyeon',
		'imaeil.com/page/view/2001100514540944988',
		'매일신문 2001 — 북한의 라면 (즉석국수 vs 꼬부랑국수)',
		'매일신문',
		'2001',
		'B'
	),
	src(
		'imaeil-2001-nk-dictionary',
		'imaeil.com/page/view/2001020214375747036',
		'매일신문 2001 「북한말 사전」 (가락지빵)',
		'매일신문',
		'2001',
		'B'
	),
	src(
		'mudeung-ilbo-2018',
		'news.sarangbang.com',
		'무등일보 2018 — 찬국수, 더운국수, 덧국수, 단물얼음, 단묵, 단졸임, 진단물, 랭동기 (via news.sarangbang.com)',
		'무등일보',
		'2018',
		'B'
	),
	src(
		'japantimes-2015-linguistic-gap',
		'japantimes.co.jp',
		'AP via The Japan Times 2015-03-14 — Examples of linguistic gap between South, North Korea',
		'The Japan Times (AP)',
		'2015',
		'B'
	),
	src(
		'civicnews-bungnyeokmal',
		'civicnews.com',
		'시민사회신문 (civicnews) 「북녘말 남녘말」 — 낙지, 서해낙지, 오징어',
		'civicnews',
		null,
		'B'
	),
	src(
		'joongang-nk-faq',
		'joongang.co.kr/article/4123889',
		'중앙일보 「북한 이것이 궁금해요」 (곽밥 vs 벤또, 입쌀)',
		'중앙일보',
		null,
		'B'
	),
	src('nk-chosun-5896', 'nk.chosun.com', '조선일보 NK — 줴기밥', '조선일보', null, 'B'),
	src(
		'voa-2004-hamburger',
		'voakorea.com',
		'VOA 2004-07-07 — 고기겹빵, 감자튀기',
		'VOA (Voice of America) Korean',
		'2004',
		'B'
	),
	src(
		'etoday-2024-burger',
		'etoday.co.kr',
		'이투데이 2024 — 평양 버거, 생맥주',
		'이투데이',
		'2024',
		'B'
	),
	src(
		'chosun-2014-pizza',
		'chosun.com/site/data/html_dir/2014/08/27',
		'조선일보 2014-08-27 — 종합지짐',
		'조선일보',
		'2014',
		'B'
	),
	src(
		'digitalchosun-2018-eoreumbosungi',
		'digitalchosun.dizzo.com',
		'디지틀조선 2018 — 얼음보숭이 not in use, 에스키모',
		'디지틀조선일보',
		'2018',
		'B'
	),
	src(
		'news1-2022-eskimo',
		'v.daum.net/v/20221030070009069',
		'뉴스1 2022-10-30 (via Daum) — 에스키모, 얼음보숭이',
		'뉴스1',
		'2022',
		'B'
	),
	src(
		'asiae-2014-sokdojeon-tteok',
		'asiae.co.kr',
		'Asia Press via 아시아경제 2014 — 속도전떡',
		'아시아경제',
		'2014',
		'B'
	),
	src(
		'rfa-2011-sokdojeon',
		'rfa.org',
		'RFA 2011 — 속도전떡 (희망 뉴스)',
		'RFA (Radio Free Asia) Korean',
		'2011',
		'B'
	),
	src(
		'fnnews-2019-market-food',
		'fnnews.com/ampNews/201909111526277996',
		'파이낸셜뉴스 2019 — KB경영연구소 on North Korean food (두부밥, 인조고기밥)',
		'파이낸셜뉴스',
		'2019',
		'B'
	),
	src(
		'fnnews-2019-fisheries-terms',
		'fnnews.com/ampNews/201907221008535351',
		'파이낸셜뉴스 2019-07-22 — 국립수산과학원 「남·북한 수산 전문 용어 비교집」',
		'파이낸셜뉴스',
		'2019',
		'B'
	),
	src(
		'tongilnews-2015-hamgyong',
		'tongilnews.com',
		'통일뉴스 2015 — 함경도 dishes quoting 내나라',
		'통일뉴스',
		'2015',
		'B'
	),
	src(
		'mt-2020-naenara-hamgyong',
		'mt.co.kr',
		'뉴스1/머니투데이 2020 — 함경도 dishes quoting 내나라 (가재미식혜, 이면수, 농마국수)',
		'머니투데이',
		'2020',
		'B'
	),
	src(
		'korea-net-pyongyang-dishes',
		'korean-culture.org',
		'코리아넷 (korean-culture.org) — the four Pyongyang dishes',
		'코리아넷 (Korean Culture and Information Service)',
		null,
		'B'
	),
	src('tvchosun-2015-dangogi', 'tvchosun.com', 'TV조선 2015-10-23 — 단고기', 'TV조선', '2015', 'B'),
	src(
		'seoul-shinmun-2023-soju',
		'seoul.co.kr',
		'서울신문 2023-01-07 — 평양소주',
		'서울신문',
		'2023',
		'B'
	),
	// C — secondary press, wiki, defector accounts
	src(
		'sisaweekly-pyongyang-dishes',
		'sisaweekly.com',
		'시사주간 — the four Pyongyang dishes',
		'시사주간',
		null,
		'C'
	),
	src(
		'tongil-magazine-sungeoguk',
		'unikorea21.com/?p=8377',
		'통일 magazine 「북한 맛지도」 — 숭어국',
		'통일 (unikorea21.com)',
		null,
		'C'
	),
	src(
		'tongil-magazine-gaeseong-mujjim',
		'unikorea21.com/?p=8247',
		'통일 magazine 「북한 맛지도」 — 개성무찜',
		'통일 (unikorea21.com)',
		null,
		'C'
	),
	src(
		'busan-dynamic-busan',
		'busan.go.kr',
		'부산시 「다이내믹 부산」 — Northern food (감홍로, 가재미식해, Northern kimchi)',
		'부산광역시',
		null,
		'C'
	),
	src(
		'newscj-nongma-guksu',
		'newscj.com',
		'신천지일보 — 농마국수 history',
		'신천지일보',
		null,
		'C'
	),
	src('kgnews-nongma-guksu', 'kgnews.co.kr', '경기신문 — 농마국수, 신흥관', '경기신문', null, 'C'),
	src(
		'kbs-world-2022-dakkda',
		'world.kbs.co.kr',
		'KBS World 2022 — 닦다 and winter corn snacks',
		'KBS World',
		'2022',
		'C'
	),
	src(
		'koya-culture-danmul',
		'koya-culture.com',
		'koya-culture — North/South dictionary senses of 단물',
		'koya-culture',
		null,
		'C'
	),
	src(
		'hankyoreh-2005-beer-hall',
		'worldcup2014.hani.co.kr',
		'한겨레 2005 (mirror) — 대동강 맥주집',
		'한겨레',
		'2005',
		'C'
	),
	src(
		'tongil-webzine-beer',
		'farmzonesoft.com',
		'통일 webzine (farmzonesoft) — 떼기식 통맥주 and brewery history',
		'통일 webzine',
		null,
		'C'
	),
	src(
		'guardian-2015-ask-a-north-korean',
		'theguardian.com',
		'The Guardian 2015-12-14 — Ask a North Korean: do you drink?',
		'The Guardian',
		'2015',
		'C'
	),
	src(
		'tudor-kim-2018-ask-a-north-korean',
		'Daniel Tudor & Kim Yoo-sung',
		'Daniel Tudor & Kim Yoo-sung, Ask a North Korean (Tuttle, 2018), chapter on language',
		'Tuttle',
		'2018',
		'C',
		null
	),
	src(
		'roads-and-kingdoms-2017-hoegaarden',
		'roadsandkingdoms.com',
		'Roads & Kingdoms 2017 — Huh, they have Hoegaarden in North Korea ("chook-bae")',
		'Roads & Kingdoms',
		'2017',
		'C'
	),
	src(
		'conpaper-makgeolli',
		'conpaper.tistory.com',
		'연합뉴스 via conpaper — DPRK 막걸리 contest (2015)',
		'연합뉴스 (repost: conpaper)',
		'2015',
		'C'
	),
	src(
		'christiandaily-injogogi',
		'christiandaily.co.kr',
		'크리스천데일리 — 인조고기',
		'크리스천데일리',
		null,
		'C'
	),
	src(
		'latimes-2017-nk-snacks',
		'latimes.com',
		'Los Angeles Times 2017-04-24 — North Korean snacks (튀기 과자, 탄산단물)',
		'Los Angeles Times',
		'2017',
		'C'
	),
	src(
		'mentalfloss-words',
		'mentalfloss.com',
		'Mental Floss — words that differ in North and South Korea',
		'Mental Floss',
		null,
		'C'
	),
	src(
		'kbc-2018-cardnews',
		'ikbc.co.kr',
		'KBC card news 2018 — 낙지/오징어',
		'KBC 광주방송',
		'2018',
		'C'
	),
	src(
		'krnews21-57654',
		'krnews21.co.kr',
		'krnews21 — 다진소고기와 빵, 구운빵지짐 (2009 menu)',
		'krnews21',
		null,
		'C'
	),
	src(
		'wikitree-308323',
		'wikitree.co.kr',
		'위키트리 — North Korean everyday words (즉석국수, 닭알)',
		'위키트리',
		null,
		'C'
	),
	src(
		'hanintoday-myeongyori',
		'hanintoday.com.br',
		'한인투데이 (Brazil) — repost of the 조선 명요리 list',
		'한인투데이',
		null,
		'C'
	),
	src(
		'zum-news-54979456',
		'news.zumst.com',
		'ZUM news 54979456 — North Korean corn foods (강냉이국수, 속도전떡, 펑펑이떡)',
		'ZUM 뉴스',
		null,
		'C'
	),
	src(
		'nkd-5920',
		'nkd.or.kr',
		'NK지식인연대 (nkd.or.kr) article 5920 — 펑펑이떡',
		'NK지식인연대',
		null,
		'C'
	),
	src('nktoday-2404', 'nktoday.kr', 'NK투데이 — 조랭이떡국, 우메기', 'NK투데이', null, 'C'),
	src(
		'pluskorea-163402',
		'pluskorea.net',
		'플러스코리아 163402 — 료리, 료리사, 료리차림표',
		'플러스코리아',
		null,
		'C'
	),
	src(
		'daum-news-2018-04-06',
		'media.daum.net/v/20180406180259811',
		'Daum news 2018-04-06 — 평양비빔밥, 아바이순대',
		'Daum 뉴스',
		'2018',
		'C'
	),
	// D — blogs, listicles, forum reposts
	src(
		'namuwiki-munhwaeo-vocab',
		'tcatmon.com',
		'나무위키 「문화어/어휘대조」 (via tcatmon.com mirror)',
		'나무위키 (mirror)',
		null,
		'D'
	),
	src(
		'namuwiki-eskimo',
		'namu.moe',
		'나무위키 「에스키모(동음이의어)」 (via namu.moe)',
		'나무위키 (mirror)',
		null,
		'D'
	),
	src(
		'yms97-nokdujijim',
		'yms-97.tistory.com/entry/%EB%B6%81%ED%95%9C%EC%9D%98-%EC%96%B8%EC%96%B4-%EB%85%B9%EB%91%90%EC%A7%80%EC%A7%90',
		'yms-97.tistory.com 「북한의 언어: 녹두지짐」 (blog)',
		'yms-97 (Tistory blog)',
		null,
		'D'
	),
	src(
		'yms97-food-terms',
		'yms-97.tistory.com/entry/%EB%B6%81%ED%95%9C%EC%9D%98-%EC%96%B8%EC%96%B4-%EC%9D%8C%EC%8B%9D-%EC%9A%A9%EC%96%B4',
		'yms-97.tistory.com 「북한의 언어: 음식 용어」 (blog)',
		'yms-97 (Tistory blog)',
		null,
		'D'
	),
	src(
		'peterjuninfo-ramyeon',
		'peterjuninfo.com',
		'peterjuninfo.com — North Korean ramyeon (blog)',
		'peterjuninfo.com',
		null,
		'D'
	),
	src(
		'smartsarp-mou-cardnews',
		'smartsarp.tistory.com',
		'smartsarp.tistory.com — repost of Ministry of Unification card news',
		'smartsarp (Tistory blog)',
		null,
		'D'
	),
	src(
		'ntdtv-language-listicle',
		'ntdtv.kr',
		'NTD Korea listicle 「이렇게 다를 줄이야… 남북의 언어 차이」 (꼬부랑국수, 코코아단물)',
		'NTD Korea',
		null,
		'D'
	),
	src(
		'huarenca-forum',
		'huarenca.com',
		'huarenca forum repost (기름밥, 에스키모, 고기떡)',
		'huarenca.com forum',
		null,
		'D'
	),
	src(
		'daum-cafe-rkop-315',
		'fldid=RkOP',
		'Daum cafe repost — North Korean food words (지지개, 젖가루)',
		'Daum cafe',
		null,
		'D'
	),
	src(
		'daum-cafe-onban',
		'fldid=NCQ4',
		'Daum cafe repost — 경남대 극동문제연구소 note on 온반 in both dictionaries',
		'Daum cafe',
		null,
		'D'
	),
	src(
		'daum-cafe-dububap',
		'fldid=2oS',
		'Daum cafe repost — VJ특공대 summary on 두부밥',
		'Daum cafe',
		null,
		'D'
	),
	src(
		'daum-cafe-geumgangsan',
		'fldid=KTAr',
		'Daum cafe repost — 금강산 travel notes (순대, 명태순대 as anju)',
		'Daum cafe',
		null,
		'D'
	),
	src(
		'aladin-blog-hamgyong-menu',
		'blog.aladin.co.kr',
		'aladin blog — menu of a Hamgyong restaurant in Pyongyang',
		'aladin blog',
		null,
		'D'
	),
	src(
		'hondoom-beer-review',
		'hondoom.com',
		'hondoom beer review — 대동강맥주 label (길금)',
		'hondoom.com',
		null,
		'D'
	),
	src(
		'ppakssam-textbook',
		'ppakssam.tistory.com',
		'ppakssam.tistory.com — textbook summary of North Korean words (쭉 냅시다, 접대원)',
		'ppakssam (Tistory blog)',
		null,
		'D'
	),
	src(
		'pulmuone-blog-3088',
		'blog.pulmuone.com',
		'Pulmuone blog 3088 — 단묵',
		'Pulmuone blog',
		null,
		'D'
	),
	src(
		'dtoday-265947',
		'dtoday.co.kr',
		'dtoday card news 265947 — 순대, 단고기장국, 어복쟁반',
		'dtoday',
		null,
		'D'
	),
	src(
		'dt-2018-cardnews',
		'dt.co.kr',
		'디지털타임스 card news 2018-05-02 — 어복쟁반',
		'디지털타임스',
		'2018',
		'D'
	),
	src(
		'isan-tistory-1365',
		'isan.tistory.com',
		'isan.tistory.com 1365 — 룡봉탕 (blog)',
		'isan (Tistory blog)',
		null,
		'D'
	),
	src(
		'streetfoodguy-nk-drinks',
		'streetfoodguy.com',
		'streetfoodguy — North Korea top 5 drinks and snacks (dried pollock "beer fish")',
		'streetfoodguy.com',
		null,
		'D'
	),
	src(
		'onehows-876',
		'1hows.com',
		'1hows.com article 876 — 국수오리, 록두지짐',
		'1hows.com',
		null,
		'D'
	),
	// ── researched after the TSV, for the entries and names added beyond it (db/seed/README.md) ──
	// `match` is the URL itself: these are cited by ADDITIONS / EXTRA, never by a TSV row.
	src(
		'stdict-headwords',
		'stdict.korean.go.kr/main',
		'표준국어대사전, cited for the standard South headwords 불고기, 김밥, 잡채, 식혜, 송편, 떡볶이, 떡국 (entries not quoted here)',
		'국립국어원 (National Institute of Korean Language)',
		null,
		'A',
		'https://stdict.korean.go.kr/main/main.do'
	),
	src(
		'encykorea-wonsan-japchae',
		'encykorea.aks.ac.kr/Article/E0079946',
		'한국민족문화대백과사전 「원산잡채」 (a banquet dish in North Korean cookbooks)',
		'한국학중앙연구원 (Academy of Korean Studies)',
		null,
		'A',
		'http://encykorea.aks.ac.kr/Article/E0079946'
	),
	src(
		'stdict-odeng',
		'searchKeyword=%EC%98%A4%EB%8E%85',
		"표준국어대사전 「오뎅」 ('어묵'의 잘못), known second-hand from the press (어린이동아 2015, Daum news 2016)",
		'국립국어원 (National Institute of Korean Language)',
		null,
		'B',
		'https://stdict.korean.go.kr/search/searchResult.do?searchKeyword=%EC%98%A4%EB%8E%85'
	),
	src(
		'kimilsung-univ-2021-bulgogi',
		'ryongnamsan.edu.kp/univ/ko/research/articles/5e8a5161de49c943dd66591511207f50',
		'김일성종합대학 력사학부 황철호 2021-09-09 — 불고기 (《불고기는 우리 인민들이 좋아하는 특색있고 력사가 오랜 민족료리입니다.》)',
		'김일성종합대학 (Kim Il Sung University)',
		'2021',
		'B',
		'http://ryongnamsan.edu.kp/univ/ko/research/articles/5e8a5161de49c943dd66591511207f50'
	),
	src(
		'kcna-2004-traditional-drinks',
		'kcna.co.jp/calendar/2004/09/09-21/2004-09-21-046.html',
		'조선중앙통신 2004-09-20 — traditional drinks (감주(단술); 무주정음료 식혜, 수정과, 향설고)',
		'조선중앙통신 (KCNA), via kcna.co.jp',
		'2004',
		'B',
		'http://kcna.co.jp/calendar/2004/09/09-21/2004-09-21-046.html'
	),
	src(
		'kcna-2006-chuseok',
		'kcna.co.jp/calendar/2006/10/10-07/2006-1005-011.html',
		'조선중앙통신 2006-10-05 — 한가위날 (송편, 시루떡, 찰떡)',
		'조선중앙통신 (KCNA), via kcna.co.jp',
		'2006',
		'B',
		'http://kcna.co.jp/calendar/2006/10/10-07/2006-1005-011.html'
	),
	src(
		'kcckp-drinks',
		'kcckp.net/ko/history/food/basic_30100.html',
		'kcckp.net 「음료, 단음식편 - 음료류」 (식혜, 감주)',
		'kcckp.net (DPRK site)',
		null,
		'B',
		'http://kcckp.net/ko/history/food/basic_30100.html'
	),
	src(
		'rodong-2022-chuseok',
		'web-uridongpo.com/wp/wp-content/uploads/2022/09/rodong_nk220910_04.html',
		'로동신문 2022-09-10 「추석날 민족음식」 (송편, 노치, 밤단자), repost at web-uridongpo.com',
		'로동신문 (Rodong Sinmun), repost',
		'2022',
		'B',
		'http://web-uridongpo.com/wp/wp-content/uploads/2022/09/rodong_nk220910_04.html'
	),
	src(
		'joongang-2025-hwaseong-bulgogi',
		'koreadaily.com/article/20250715224513645',
		'중앙일보 2025-07-15 (via Korea Daily) — 내나라 on 화성락원불고기식당 (불고기 식사실)',
		'중앙일보 (via Korea Daily)',
		'2025',
		'B',
		'https://www.koreadaily.com/article/20250715224513645'
	),
	src(
		'yonhap-kcna-gimbap',
		'korea-press.com/news/articleView.html?idxno=44274',
		'연합뉴스 — 조선중앙통신 「더욱 대중화되는 김밥」 (repost at korea-press.com)',
		'연합뉴스 (repost: korea-press.com)',
		null,
		'B',
		'http://www.korea-press.com/news/articleView.html?idxno=44274'
	),
	src(
		'news1-2022-gimbap',
		'news1.kr/articles/?4779802',
		'뉴스1 2022-08-23 — 우리민족끼리 video on making 김밥',
		'뉴스1',
		'2022',
		'B',
		'https://www.news1.kr/articles/?4779802'
	),
	src(
		'nk-chosun-chan-japchae',
		'nk.chosun.com/news/articleView.html?idxno=7757',
		'조선일보 NK — 찬잡채 by a 조선료리협회 chef',
		'조선일보 동북아연구소',
		null,
		'B',
		'http://nk.chosun.com/news/articleView.html?idxno=7757'
	),
	src(
		'ytn-2019-seollal',
		'ytn.co.kr/_ln/0101_201902042234375008',
		'YTN 2019-02-04 — 노동신문 on 설 명절 (청류관: 신선로, 떡국, 녹두지짐); text read in a dailytv.net re-post',
		'YTN',
		'2019',
		'B',
		'https://www.ytn.co.kr/_ln/0101_201902042234375008'
	),
	src(
		'ytn-2024-seollal',
		'v.daum.net/v/20240210141914293',
		'YTN 2024-02-10 (via Daum) — 노동신문 on 설 명절 풍습 (떡국차례)',
		'YTN (via Daum)',
		'2024',
		'B',
		'https://v.daum.net/v/20240210141914293'
	),
	src(
		'rfa-2024-tteokbokki-ban',
		'rfa.org/korean/in_focus/food_international_org/korea-food-pork-belly-spread-crackdown-11262024100108.html',
		'RFA 2024-11-26 — 북 당국, 떡볶이 · 부대찌개 판매 금지 (양강도 소식통)',
		'RFA (Radio Free Asia) Korean',
		'2024',
		'B',
		'https://www.rfa.org/korean/in_focus/food_international_org/korea-food-pork-belly-spread-crackdown-11262024100108.html'
	),
	src(
		'rfa-2023-tteokbokki-question',
		'rfa.org/korean/weekly_program/c870bbf8c601c758-c9c8bb38c788c5b4c694/question-01302023094855.html',
		"RFA 2023-01-30 「조미영의 질문있어요」 — 북한에도 떡볶이가 있나요? (어묵, 실제로는 '오뎅'이라고도)",
		'RFA (Radio Free Asia) Korean',
		'2023',
		'B',
		'https://rfa.org/korean/weekly_program/c870bbf8c601c758-c9c8bb38c788c5b4c694/question-01302023094855.html'
	),
	src(
		'kids-donga-2015-odeng',
		'kids.donga.com?ptype=article&no=90201503122230',
		'어린이동아 2015-03-11 「오뎅? 어묵!」 (표준국어대사전 recommends 어묵 for the Japanese 오뎅)',
		'어린이동아 (동아일보)',
		'2015',
		'B',
		'https://kids.donga.com?ptype=article&no=90201503122230&psub=news&gbn=01'
	),
	src(
		'nknews-2015-tteokbokki',
		'kr.nknews.org/%EB%B6%81%ED%95%9C%EC%97%90%EB%8A%94',
		'NK News 2015-07-08 「북한에는 떡볶이가 없다고요?」 (defector answer)',
		'NK News',
		'2015',
		'C',
		'https://kr.nknews.org/%EB%B6%81%ED%95%9C%EC%97%90%EB%8A%94-%EB%96%A1%EB%B3%B6%EC%9D%B4%EA%B0%80-%EC%97%86%EB%8B%A4%EA%B3%A0%EC%9A%94/'
	)
];

/** One-sentence "what it is" leads for spelling-rule entries; the rule sentence is appended. */
const LEAD: Record<string, [string, string]> = {
	baechutguk: [
		'A clear soup of napa cabbage, often seasoned with soybean paste.',
		'배추를 넣고 흔히 된장을 풀어 끓인 국이다.'
	],
	bangatgan: [
		'A mill where grain is husked or ground into flour, and rice cakes are often made.',
		'곡식을 찧거나 빻아 가루를 내고 떡을 만들기도 하는 곳이다.'
	],
	bugeotguk: [
		'A soup of shredded dried pollock, often with egg and radish, popular as a hangover soup.',
		'잘게 찢은 북어에 달걀이나 무를 넣어 끓인 국으로, 해장국으로 즐겨 먹는다.'
	],
	chaetguk: [
		'A cold soup with shredded vegetables such as cucumber or radish.',
		'오이나 무 같은 채소를 채 쳐서 넣은 찬 국이다.'
	],
	chamkkaenmuk: [
		'The cake left after pressing oil from sesame seeds.',
		'참깨에서 기름을 짜고 남은 찌꺼기이다.'
	],
	'chan-yori': ['A dish served cold.', '차게 해서 내는 요리이다.'],
	chanmul: [
		'Water boiled for tea, or the tea itself once brewed.',
		'차를 달이는 물, 또는 우려낸 차이다.'
	],
	channip: [
		'The leaves of the tea plant, fresh or dried for brewing.',
		'차나무의 잎, 또는 차를 우리려고 말린 잎이다.'
	],
	charimpyo: [
		'A list of the dishes a restaurant serves, with prices.',
		'식당에서 파는 음식의 이름과 값을 적은 표이다.'
	],
	chatjan: ['A cup for drinking tea.', '차를 따라 마시는 잔이다.'],
	chatjang: ['A cabinet for keeping tea things.', '찻그릇과 차 도구를 넣어 두는 장이다.'],
	chatjip: ['A teahouse or café.', '차를 파는 가게, 곧 찻집이나 카페이다.'],
	chatjong: [
		'A small cup without a handle for drinking tea.',
		'손잡이 없이 차를 따라 마시는 작은 잔이다.'
	],
	chatjongji: ['A small bowl for drinking tea.', '차를 따라 마시는 작은 종지이다.'],
	chatsutgal: ['A teaspoon.', '차를 저을 때 쓰는 작은 숟가락이다.'],
	'cheong-yori': [
		'An old word for Chinese cuisine (청 = the Qing dynasty).',
		'중국 요리를 예스럽게 이르는 말이다(청 = 청나라).'
	],
	chotguk: ['A cold soup seasoned with vinegar.', '식초로 간을 한 찬 국이다.'],
	daennipsul: ['Liquor flavoured with bamboo leaves.', '댓잎을 넣어 빚거나 우린 술이다.'],
	'dakgogi-naengchae': [
		'Cold shredded chicken dressed with vegetables and a mustard or vinegar sauce.',
		'삶아 찢은 닭고기를 채소와 함께 겨자나 초장으로 무친 찬 요리이다.'
	],
	danchonmul: [
		'Vinegar sweetened with sugar and salt, used for example to season rice for sushi or gimbap.',
		'식초에 설탕과 소금을 넣어 만든 물로, 초밥용 밥 등에 간을 할 때 쓴다.'
	],
	dasimatguk: ['A clear soup made with kelp.', '다시마를 넣어 끓인 맑은 국이다.'],
	'deulkkaennip-jjim': [
		'Perilla leaves layered with a seasoning sauce and steamed.',
		'들깻잎에 양념장을 켜켜이 발라 찐 반찬이다.'
	],
	gamatbap: ['Rice cooked in a large cauldron (가마솥).', '가마솥에 지은 밥이다.'],
	getguk: [
		'Soup made with crab, or the brine of soy-marinated crab.',
		'게를 넣어 끓인 국, 또는 게장의 국물이다.'
	],
	geundaetguk: [
		'A soup of chard, usually seasoned with soybean paste.',
		'근대를 넣고 흔히 된장을 풀어 끓인 국이다.'
	],
	gobitguk: [
		'A soup made with young royal-fern (고비) shoots.',
		'고비의 어린 순을 넣어 끓인 국이다.'
	],
	gochutgaru: [
		'Ground dried red chili, the basic seasoning of kimchi and many stews.',
		'말린 고추를 빻은 가루로, 김치와 여러 찌개의 기본 양념이다.'
	],
	gogitgyeol: [
		'The grain of meat, the direction its fibres run.',
		'고기의 살결, 곧 근섬유가 난 방향이다.'
	],
	gogitjeom: ['A piece or slice of meat.', '고기의 작은 덩이나 조각이다.'],
	guksutjip: ['A restaurant that serves noodle dishes.', '국수를 파는 음식점이다.'],
	gyeojatgaru: [
		'Powdered mustard seed, mixed with water to make mustard sauce.',
		'겨자씨를 빻은 가루로, 물에 개어 겨자장을 만든다.'
	],
	'haesam-naengchae': [
		'Sea cucumber served cold with vegetables and a dressing.',
		'해삼을 채소와 함께 양념해 차게 내는 요리이다.'
	],
	handetbueok: ['A kitchen set up outdoors.', '집 밖 한데에 차린 부엌이다.'],
	handetsot: [
		'A large cauldron set up outdoors for cooking in quantity.',
		'집 밖 한데에 걸어 놓은 솥이다.'
	],
	hangamatbap: [
		'Literally "rice from the same pot": the bond of people who live and eat together.',
		"'한 가마에서 지은 밥'이라는 뜻으로, 함께 살며 같이 먹는 사이를 이른다."
	],
	huchutgaru: ['Ground black pepper.', '후추를 빻은 가루이다.'],
	ibyeolju: ['A drink shared when parting from someone.', '헤어질 때 나누어 마시는 술이다.'],
	ihwaju: [
		'A traditional thick rice wine, named after the pear blossom season in which its yeast cake was made.',
		'배꽃이 필 무렵 누룩을 빚어 담근다고 하여 이름이 붙은 전통 탁주이다.'
	],
	janchitsang: ['A table laid for a feast or celebration.', '잔치 때 음식을 차려 놓은 상이다.'],
	jeotgarak: ['A pair of chopsticks.', '음식을 집어 먹는 두 짝의 가는 막대, 곧 젓가락이다.'],
	jesatbap: [
		'Rice and dishes served at an ancestral rite and shared afterwards.',
		'제사에 올렸다가 물려서 먹는 밥과 음식이다.'
	],
	kimchitdok: ['An earthenware crock for storing kimchi.', '김치를 담가 두는 독이다.'],
	kimchitdol: [
		'A stone placed on kimchi in the crock to keep it under the brine.',
		'김치가 국물에 잠기도록 독 안에서 눌러 두는 돌이다.'
	],
	kimchitguk: [
		'A soup made with kimchi, or the juice of kimchi.',
		'김치를 넣어 끓인 국, 또는 김치 국물이다.'
	],
	kimchitso: [
		'The seasoned filling (radish, chili, garlic, salted seafood) stuffed between cabbage leaves when making kimchi.',
		'김치를 담글 때 배춧잎 사이에 넣는 무채, 고춧가루, 마늘, 젓갈 등의 양념이다.'
	],
	kkaenmuk: [
		'The cake left after pressing oil from sesame or perilla seeds, used as feed and fertiliser.',
		'참깨나 들깨에서 기름을 짜고 남은 찌꺼기로, 사료나 거름으로 쓴다.'
	],
	kkaenmukjang: [
		'A fermented sauce made from sesame or perilla oil cake.',
		'깻묵으로 담근 장이다.'
	],
	kkaennip: [
		'The leaf of the perilla plant, eaten raw as a wrap, pickled or steamed.',
		'들깨의 잎으로, 쌈을 싸거나 장아찌·찜으로 먹는다.'
	],
	'kkaennip-jangajji': [
		'Perilla leaves pickled in soy sauce.',
		'깻잎을 간장에 절여 삭힌 장아찌이다.'
	],
	'kkaennip-jeorim': ['Pickled perilla leaves.', '깻잎을 양념에 절인 반찬이다.'],
	maekjutjip: [
		'A beer hall or pub; Pyongyang has many 대동강맥주집 outlets serving Taedonggang beer.',
		'맥주를 파는 술집으로, 평양에는 대동강맥주를 파는 맥주집이 많다.'
	],
	maetdol: [
		'A hand-turned stone mill for grinding grain such as soybeans or mung beans.',
		'콩이나 녹두 같은 곡식을 가는, 손으로 돌리는 돌 기구이다.'
	],
	mandutguk: [
		'Soup with dumplings (만두) in beef or anchovy broth.',
		'고기 육수나 멸치 국물에 만두를 넣어 끓인 국이다.'
	],
	mokjeotgarak: ['Wooden chopsticks.', '나무로 만든 젓가락이다.'],
	'namu-jeotgarak': ['Wooden chopsticks.', '나무로 만든 젓가락이다.'],
	naengban: ['Cold, leftover cooked rice.', '식은 밥, 찬밥이다.'],
	naengcha: ['A chilled sweet tea or fruit drink.', '차게 해서 마시는 달콤한 차나 음료이다.'],
	naengchae: [
		'A cold dish of meat, seafood or vegetables dressed with a mustard or vinegar sauce.',
		'고기, 해물, 채소를 겨자장이나 초장으로 무쳐 차게 내는 요리이다.'
	],
	naengdong: ['Freezing, as a way of preserving food.', '음식을 얼려서 보관하는 일이다.'],
	naengdongeo: ['Frozen fish.', '얼린 물고기이다.'],
	naengdonggo: ['A freezer.', '음식을 얼려 보관하는 기구, 곧 냉동고이다.'],
	naengdonghada: ['To freeze food.', '음식을 얼리는 일을 뜻하는 동사이다.'],
	naengdongpum: ['Frozen food products.', '얼려서 파는 식품이다.'],
	naengdongsil: [
		'The freezer compartment of a refrigerator.',
		'냉장고에서 음식을 얼려 두는 칸이다.'
	],
	naengguk: [
		'A chilled summer soup, such as cucumber or seaweed cold soup (오이냉국, 미역냉국).',
		'오이냉국, 미역냉국처럼 차게 먹는 여름 국이다.'
	],
	naenggwaja: ['A chilled or frozen confection.', '차게 하거나 얼려서 먹는 과자이다.'],
	naengitguk: [
		"A spring soup of shepherd's purse (냉이), usually with soybean paste.",
		'봄나물인 냉이를 넣고 흔히 된장을 풀어 끓인 국이다.'
	],
	naengjang: ['Keeping food cold, refrigeration.', '음식을 차게 하여 보관하는 일이다.'],
	naengjanghada: ['To refrigerate food.', '음식을 차게 하여 보관하는 일을 뜻하는 동사이다.'],
	naengjangsil: [
		'The chilled compartment of a refrigerator, or a cold room.',
		'냉장고에서 음식을 차게 보관하는 칸, 또는 냉장 창고의 방이다.'
	],
	naengsu: ['Cold drinking water.', '차가운 물, 찬물이다.'],
	nakhwasaeng: [
		'The Sino-Korean word for the peanut; both Koreas say 땅콩 in everyday speech.',
		'땅콩을 한자어로 이르는 말이며, 일상에서는 남북 모두 땅콩이라고 한다.'
	],
	nanbaek: ['Egg white (technical word).', '달걀의 흰자위를 이르는 한자어이다.'],
	nangnong: ['Dairy farming.', '젖소 등을 길러 젖과 유제품을 생산하는 농업이다.'],
	nanhwang: ['Egg yolk (technical word).', '달걀의 노른자위를 이르는 한자어이다.'],
	neopchitguk: ['Soup made with flatfish (halibut).', '넙치를 넣어 끓인 국이다.'],
	nokcha: ['Green tea, made from unfermented tea leaves.', '발효시키지 않은 찻잎으로 만든 차이다.'],
	nokdu: [
		'The mung bean, used for pancakes, sprouts, porridge and jelly.',
		'녹두로, 빈대떡, 숙주나물, 죽, 묵 등을 만든다.'
	],
	nokduju: ['Liquor brewed with mung beans.', '녹두를 넣어 빚은 술이다.'],
	nunchitbap: [
		"Idiom for a meal eaten under others' disapproval, as a dependant.",
		'남의 눈치를 보며 얻어먹는 밥을 이르는 말이다.'
	],
	pujutgan: ["A butcher's shop.", '고기를 파는 가게, 곧 정육점이다.'],
	sundaetguk: [
		'A hot soup of sliced sundae (blood sausage) and offal in pork-bone broth.',
		'돼지 뼈 국물에 순대와 내장을 넣어 끓인 국이다.'
	],
	umutgasari: [
		'Gelidium, the red seaweed from which agar (우무) is made.',
		'우무(한천)를 만드는 붉은 바닷말이다.'
	],
	'yang-yori': ['Western cuisine.', '서양식 요리이다.'],
	'yang-yoritjip': ['A Western-style restaurant.', '서양 요리를 파는 음식점이다.'],
	yanggok: ['Grain as a food supply.', '식량으로 쓰는 곡식이다.'],
	yangjo: [
		'Brewing: making alcohol, soy sauce or vinegar by fermentation.',
		'술, 간장, 식초 등을 발효시켜 만드는 일이다.'
	],
	yangsik: [
		'Food provisions, grain to live on (糧食; not 洋食 "Western food").',
		'살아가는 데 필요한 먹을거리, 곧 식량이다(洋食, 樣式과는 다른 말).'
	],
	yangsikssal: ['Rice kept as a food supply.', '양식으로 먹을 쌀이다.'],
	yeonbap: ['The seeds of the lotus.', '연꽃의 열매, 곧 연밥이다.'],
	yeonbapjuk: ['Porridge made with lotus seeds.', '연밥을 넣어 쑨 죽이다.'],
	yeoneo: ['The salmon, eaten grilled, smoked or raw.', '구이, 훈제, 회 등으로 먹는 물고기이다.'],
	yeongeun: [
		'Lotus root, usually braised in soy sauce (연근조림) or fried.',
		'연꽃의 뿌리로, 흔히 간장에 조리거나 튀겨 먹는다.'
	],
	yeonjajuk: ['Porridge made with lotus seeds.', '연밥(연자)을 넣어 쑨 죽이다.'],
	yeonjayuk: [
		'Dried lotus-seed kernels, used in cooking and herbal medicine.',
		'말린 연밥의 알맹이로, 요리와 한약재에 쓴다.'
	],
	'yeonyeop-bansang': [
		'A table set whose dishes are shaped like lotus leaves.',
		'연잎 모양으로 만든 반상 그릇 한 벌이다.'
	],
	'yeonyeop-daejeop': ['A soup bowl shaped like a lotus leaf.', '연잎 모양으로 만든 대접이다.'],
	'yeonyeop-jubal': [
		'A brass rice bowl shaped like a lotus leaf.',
		'연잎 모양으로 만든 놋쇠 밥그릇이다.'
	],
	yeonyeopju: ['Liquor brewed with lotus leaves.', '연잎을 넣어 빚은 술이다.'],
	yongan: [
		'The longan, a small sweet tropical fruit.',
		'용안나무의 열매로, 달고 작은 열대 과일이다.'
	],
	yonganyuk: [
		'Dried longan flesh, used in teas and herbal medicine.',
		'말린 용안 열매의 살로, 차나 한약재로 쓴다.'
	],
	yongbongtang: [
		'A restorative soup of carp and chicken ("dragon and phoenix").',
		"잉어와 닭을 함께 고아 끓인 보양 음식으로, '용과 봉황'이라는 뜻의 이름이다."
	],
	yongmibongtang: [
		'A rich soup of carp and chicken, a variant name of 용봉탕.',
		'잉어와 닭을 함께 끓인 탕으로, 용봉탕과 비슷한 음식이다.'
	],
	yori: ['Cooking, or a prepared dish.', '음식을 만드는 일, 또는 만든 음식이다.'],
	yoribeop: ['A recipe or way of cooking.', '음식을 만드는 방법이다.'],
	yorihada: ['To cook.', '음식을 만드는 일을 뜻하는 동사이다.'],
	yorijeom: ['A restaurant.', '요리를 만들어 파는 음식점이다.'],
	yorisa: ['A cook or chef.', '요리를 전문으로 하는 사람이다.'],
	yoritjip: [
		'A restaurant, especially one serving full-course dishes.',
		'요리를 만들어 파는 집, 곧 음식점이다.'
	],
	'yukjjok-maneul': [
		'Garlic whose bulbs have six cloves, prized as a native variety.',
		'한 통이 여섯 쪽으로 된 마늘로, 재래종으로 귀하게 여긴다.'
	],
	yuksik: ['Eating meat, a meat diet.', '고기를 먹음, 또는 고기 위주의 식사이다.'],
	yuljajuk: ['Porridge made with chestnuts.', '밤을 넣어 쑨 죽이다.']
};

/** Hand-written descriptions [English, Korean] for the entries that are not plain spelling-rule pairs. */
const TEXT: Record<string, [string, string]> = {
	'abai-sundae': [
		"A large sausage of pig's large intestine stuffed with glutinous rice, vegetables and blood, the speciality of Sokcho's Abai village. The name was coined in the South by refugees from Hamgyong; it is not a North Korean dish name, and the Hamgyong-style original is called 찰순대.",
		'돼지 대창에 찹쌀, 채소, 선지 등을 채워 만든 큰 순대로, 속초 아바이마을의 명물이다. 이 이름은 함경도 실향민들이 남한에서 붙인 것이며 북한의 음식 이름이 아니고, 함경도식 원형은 찰순대라고 한다.'
	],
	aiseukeurim: [
		"Ice cream. The North's everyday word is 에스키모, from the Soviet Эскимо brand, and its dictionary treats 에스키모 and 얼음과자 as synonyms; the often-quoted 얼음보숭이 was listed only in the 1981 dictionary and is not in current use.",
		'아이스크림을 북한에서는 흔히 옛 소련 상표 「Эскимо」에서 온 「에스키모」라고 하며, 북한 사전은 에스키모와 얼음과자를 같은 말로 다룬다. 자주 인용되는 「얼음보숭이」는 1981년 사전에만 실렸던 말로 지금은 쓰이지 않는다.'
	],
	anju: [
		'Food eaten with alcoholic drinks, from dried fish and nuts to full dishes. The word is the same in both Koreas; reports on North Korean eating habits use 술안주, for example 명태순대 as anju.',
		'술을 마실 때 곁들여 먹는 음식으로, 마른안주부터 요리까지 두루 이른다. 남북이 같은 말을 쓰며, 북한의 식생활을 다룬 글에도 명태순대를 술안주로 먹는다는 식으로 「술안주」가 나온다.'
	],
	baekseolgi: [
		'A plain white rice cake steamed from rice flour, served at a baby\'s hundredth-day celebration and other festivities. The North calls it 흰설기 ("white 설기").',
		'멥쌀가루를 켜 없이 하얗게 쪄 낸 시루떡으로, 백일 등 잔치에 쓴다. 북한에서는 「흰설기」라고 한다.'
	],
	bajirak: [
		"The Manila clam, used in noodle soups, stews and stir-fries. The North's word is 바스레기.",
		'칼국수, 찌개, 볶음 등에 쓰는 조개이다. 북한에서는 「바스레기」라고 한다.'
	],
	beoteo: [
		'Butter. The North writes 빠다, an older loanword form, where the South writes 버터.',
		'버터를 북한에서는 예전 외래어 형태인 「빠다」라고 적는다.'
	],
	bibimbap: [
		"Rice topped with seasoned vegetables, meat or egg and mixed with chili paste or soy sauce before eating. The word is the same in both Koreas (Pyongyang bibimbap is one of the city's signature dishes); the Sino-Korean 교반 is only a dictionary synonym.",
		'밥 위에 나물, 고기, 달걀 등을 얹고 고추장이나 간장으로 비벼 먹는 음식이다. 남북이 같은 이름을 쓰며(평양비빔밥은 평양의 대표 음식이다), 한자어 「교반」은 사전에만 있는 동의어이다.'
	],
	bingsu: [
		'A dessert of shaved ice with sweet toppings such as red beans, fruit and syrup. The North calls it 단물얼음 ("sweet-water ice"), also 단얼음.',
		'얼음을 갈아 팥, 과일, 시럽 등 단 재료를 얹어 먹는 후식이다. 북한에서는 「단물얼음」 또는 「단얼음」이라고 한다.'
	],
	bodeuka: [
		"Vodka. The North's form 워드까 follows the Russian pronunciation of водка, where the South's 보드카 follows English.",
		'보드카를 북한에서는 러시아어 водка의 발음을 따라 「워드까」라고 적는다.'
	],
	bogeo: [
		'The pufferfish, eaten in soups and as sashimi after its poisonous parts are removed. 보가지 is given as the North Korean word only by online lists, so it is marked disputed.',
		'독이 있는 부위를 제거하고 탕이나 회로 먹는 물고기이다. 북한어 「보가지」는 인터넷 목록에만 나와 확인되지 않았다.'
	],
	bokda: [
		'To stir-fry, or to roast grains or beans in a dry pan. A defector organisation official reports that the North uses 닦다 for roasting grains, where the South says 볶다; the spelling in the source is uncertain.',
		'기름을 두르고 뒤적이며 익히거나, 곡식·콩을 마른 팬에 덖는 일이다. 한 탈북민 단체 관계자는 북한에서 곡식을 볶는 것을 「닦다」라고 한다고 전했으나, 출처의 표기는 확실하지 않다.'
	],
	bokkeumbap: [
		'Fried rice, stir-fried with vegetables, meat or egg. Both Koreas say 볶음밥: DPRK-registered dishes are named …볶음밥, and the 기름밥 claimed by online lists is reportedly a separate word.',
		'밥을 채소, 고기, 달걀 등과 함께 볶은 음식이다. 남북 모두 「볶음밥」이라고 하며, 북한에 등록된 요리 이름도 「…볶음밥」이다. 인터넷 목록에 나오는 「기름밥」은 따로 정의된 말이라고 한다.'
	],
	'bokkeun-gochujang': [
		'Chili paste stir-fried with minced beef, sesame oil and sugar, a keeping side dish and bibimbap sauce. The North calls it 장볶음 or 장볶이.',
		'고추장에 다진 소고기, 참기름, 설탕 등을 넣고 볶은 것으로, 밑반찬이나 비빔밥 양념으로 쓴다. 북한에서는 「장볶음」 또는 「장볶이」라고 한다.'
	],
	bongsa: [
		'In the South, 봉사 means volunteer or public service. In the North the same word is the ordinary verb for serving customers in eateries and shops: DPRK reports say a restaurant 봉사s a dish.',
		'남한에서 「봉사」는 주로 자원봉사나 남을 위해 애쓰는 일을 뜻한다. 북한에서는 식당이나 상점에서 손님에게 음식과 물건을 내어 주는 일을 뜻하여, 북한 보도에서는 식당이 음식을 「봉사한다」고 쓴다.'
	],
	buchimgae: [
		'A savoury pancake of vegetables or seafood mixed into a flour batter and pan-fried. The North calls batter-mixed pancakes 지짐 and keeps 전 for pieces only lightly dipped in batter.',
		'채소나 해물을 밀가루 반죽에 섞어 부친 음식이다. 북한에서는 반죽에 섞어 부친 것을 「지짐」이라 하고, 「전」은 재료에 반죽옷만 살짝 입혀 부친 것에만 쓴다.'
	],
	bugeo: [
		'Dried Alaska pollock, eaten in soups or torn into strips as a snack with beer. The North calls it 마른명태 ("dried pollock"), though 북어 survives in some compounds; dried pollock strips are a standard beer snack in Pyongyang bars.',
		'명태를 말린 것으로, 국을 끓이거나 찢어서 맥주 안주로 먹는다. 북한에서는 「마른명태」라고 하며, 일부 합성어에는 북어가 남아 있다. 평양의 맥주집에서도 마른명태가 흔한 안주이다.'
	],
	bunyu: [
		"Powdered milk. The North's word is 젖가루; lists also give 가루젖 and 가루소젖.",
		'우유를 말려 가루로 만든 것이다. 북한에서는 「젖가루」라고 하며, 목록에 따라 「가루젖」, 「가루소젖」도 보인다.'
	],
	chaeso: [
		'Vegetables. The North promotes the native word 남새 over 채소 and 야채; its dictionary lists 채소 and 야채 without definitions and points readers to 남새, which exists but is rare in the South.',
		'채소를 북한에서는 고유어 「남새」라고 한다. 북한 사전은 채소와 야채를 풀이 없이 올리고 남새를 보라고 하며, 남새는 남한 사전에도 있지만 드물게 쓰인다.'
	],
	'chal-oksusu': [
		'Waxy corn, with sticky kernels, usually boiled or steamed on the cob. Following its word for corn, the North calls it 찰강냉이.',
		'알이 차진 옥수수로, 흔히 통째로 쪄 먹는다. 옥수수를 강냉이라고 하는 북한에서는 「찰강냉이」라고 한다.'
	],
	changnanjeot: [
		'Salted, fermented pollock intestines, a spicy side dish. The dictionary data gives the North Korean form 명태밸젓, but a South blog reports 창란젓 on a Pyongyang menu; both North forms are disputed.',
		'명태의 창자로 담근 젓갈로, 맵게 무쳐 반찬으로 먹는다. 통일부 자료는 북한어를 「명태밸젓」이라고 하지만, 평양 식당 차림표에서 「창란젓」을 보았다는 남한 블로그도 있어 둘 다 확실하지 않다.'
	],
	cheonggukjang: [
		'Soybean paste fermented quickly in a few days, with a strong smell, cooked as a stew. A single press list gives the North Korean word 썩장 ("rotten paste"), which may be colloquial rather than standard.',
		'콩을 며칠 만에 빨리 띄워 만든, 냄새가 강한 장으로 찌개를 끓여 먹는다. 북한어 「썩장」은 신문 목록 한 곳에만 나오며, 표준어가 아니라 입말일 수도 있다.'
	],
	'cho-gochujang': [
		"Chili paste mixed with vinegar and sugar, a dipping sauce for raw fish and blanched vegetables. The North's dictionary word is 윤집.",
		'고추장에 식초와 설탕을 넣어 만든 양념으로, 회나 데친 채소를 찍어 먹는다. 북한 사전에서는 「윤집」이라고 한다.'
	],
	chogyetang: [
		'A chilled soup of shredded chicken in a vinegar-seasoned broth, often with buckwheat noodles, eaten in summer. A DPRK regional-cuisine text lists it as a South Pyongan dish, and the name is the same in both Koreas.',
		'닭 육수에 식초로 간을 하고 찢은 닭고기를 넣은 찬 국으로, 흔히 메밀국수를 말아 여름에 먹는다. 북한의 지방 요리 소개 글에 평안남도 음식으로 나오며 남북의 이름이 같다.'
	],
	chokollit: [
		"Chocolate. The North's loanword spelling is 쵸콜레트, the South's 초콜릿.",
		'초콜릿을 북한에서는 「쵸콜레트」라고 적는다.'
	],
	chueotang: [
		'A thick soup of ground or whole loach, seasoned with soybean paste and chili. The name is the same in both Koreas; the Kaesong version simmers loach with tofu, and a DPRK-registered dish comes from the 상동추어탕집.',
		'미꾸라지를 갈거나 통째로 넣고 된장, 고추 등으로 양념해 끓인 탕이다. 남북의 이름이 같으며, 개성식은 미꾸라지를 두부와 함께 끓이고, 북한에 등록된 요리 가운데 상동추어탕집의 추어탕이 있다.'
	],
	'daedonggang-maekju': [
		'Taedonggang beer, brewed in Pyongyang with equipment bought from a British brewery in 2000 and produced since 2002; its beers are numbered 1 to 7 by their ratio of barley to rice.',
		'평양에서 만드는 맥주로, 2000년에 영국 양조장 설비를 사들여 2002년부터 생산했다. 보리와 쌀의 비율에 따라 1번부터 7번까지 번호를 붙인다.'
	],
	'daedonggang-sungeotguk': [
		"Soup of grey mullet from the Taedong River, one of the four famous Pyongyang dishes. DPRK texts call for a clear broth seasoned with black peppercorns and no chili-garlic paste; the South's dictionary spelling has a 사이시옷 (숭엇국) that North spelling leaves out.",
		'대동강에서 잡은 숭어로 끓인 국으로, 평양의 4대 명물 음식 가운데 하나이다. 북한 글은 통후추로 맛을 낸 맑은 국물을 강조하며 다진 양념을 넣지 않는다고 한다. 남한 사전은 사이시옷을 넣어 「숭엇국」으로 적지만 북한은 「숭어국」으로 적는다.'
	],
	daeha: [
		'A large prawn (fleshy prawn), grilled or steamed, especially in autumn. The North calls it 대새우 ("big shrimp").',
		'몸집이 큰 새우로, 특히 가을에 구이나 찜으로 먹는다. 북한에서는 「대새우」라고 한다.'
	],
	dalgyal: [
		'A hen\'s egg. The South writes 달걀 and the North 닭알: the same native compound ("chicken egg"), fixed in different spellings and pronounced alike; the Sino-Korean 계란 is used in both.',
		'닭이 낳은 알이다. 남한은 「달걀」, 북한은 「닭알」로 적는데, 같은 고유어 합성어를 다르게 적은 것이고 발음은 [달갈]로 같다. 한자어 「계란」은 남북 모두 쓴다.'
	],
	'dalgyal-buchim': [
		'A fried egg. Following its word for egg, the North writes 닭알부침.',
		'달걀을 깨서 지진 것이다. 달걀을 「닭알」로 적는 북한에서는 「닭알부침」이라고 한다.'
	],
	'dalgyal-jjim': [
		'Eggs beaten with water or broth and steamed into a soft custard. The North writes 닭알찜.',
		'달걀을 물이나 육수에 풀어 부드럽게 찐 음식이다. 북한에서는 「닭알찜」이라고 적는다.'
	],
	'dalgyal-mari': [
		'A rolled omelette, often with chopped vegetables, cut into slices as a side dish. The North writes 닭알말이.',
		'달걀을 풀어 얇게 부치면서 돌돌 말아 썬 반찬으로, 흔히 다진 채소를 넣는다. 북한에서는 「닭알말이」라고 적는다.'
	],
	danmul: [
		'A false friend between the two standards. In the South 단물 means fresh (non-salt) water or, loosely, sweet water; in the North it is the ordinary word for sweet drinks such as juices and soft drinks (과일단물, 오미자단물).',
		'남북에서 뜻이 다른 말이다. 남한에서 「단물」은 짠맛이 없는 민물이나 단맛이 나는 물을 뜻하지만, 북한에서는 과일단물, 오미자단물처럼 주스나 청량음료 같은 단 음료를 두루 이른다.'
	],
	deulgireum: [
		'Oil pressed from roasted perilla seeds, used to season namul and fry. The North says 들깨기름 ("perilla-seed oil").',
		'볶은 들깨를 짜서 얻은 기름으로, 나물을 무치거나 부침에 쓴다. 북한에서는 「들깨기름」이라고 한다.'
	],
	doneot: [
		'A doughnut. The North calls it 가락지빵, "ring bread" (가락지 = a finger ring).',
		'도넛을 북한에서는 반지를 뜻하는 「가락지」를 붙여 「가락지빵」이라고 한다.'
	],
	dorumuk: [
		"Sandfish, a winter fish of the east coast eaten grilled or stewed, prized for its roe. The North's form is 도루메기.",
		'동해에서 겨울에 잡히는 물고기로, 알이 별미이며 구이나 찌개로 먹는다. 북한에서는 「도루메기」라고 한다.'
	],
	dosirak: [
		'A packed lunch, rice and side dishes in a box. The North\'s word is 곽밥 ("box rice"; the box itself is 밥곽), though a 2000s defector account says many people still say the Japanese-derived 벤또 in daily speech.',
		'밥과 반찬을 그릇에 담아 싸 가는 끼니이다. 북한에서는 「곽밥」이라고 하며(그릇은 「밥곽」), 2000년대 탈북민 증언에 따르면 일상에서는 일본어에서 온 「벤또」를 쓰는 사람도 많다.'
	],
	dubu: [
		"Tofu, bean curd pressed from soy milk. The word is the same in both Koreas, and tofu is the base of the North's market snack 두부밥.",
		'콩물을 굳혀 만든 두부이다. 남북이 같은 말을 쓰며, 북한 장마당 음식 두부밥의 재료이기도 하다.'
	],
	dububap: [
		'Fried tofu pockets stuffed with rice and topped with chili sauce, a North Korean market food since the late 1990s, shaped like Japanese inari sushi.',
		'튀긴 두부 주머니에 밥을 채우고 양념장을 얹은 음식으로, 1990년대 후반부터 북한 장마당에서 팔린다. 모양은 일본의 유부초밥과 비슷하다.'
	],
	'eobok-jaengban': [
		"A Pyongyang-style hot pot: sliced beef, offal and vegetables cooked in broth on a large brass platter and shared at the table. It is well known in the South's restaurants run by northern refugees; its current name in the DPRK is not confirmed.",
		'큰 놋쟁반에 편육과 내장, 채소를 담고 육수를 부어 끓이며 여럿이 함께 먹는 평양식 전골이다. 남한의 이북 음식점에서 잘 알려져 있으나, 북한에서 지금 쓰는 이름은 확인되지 않았다.'
	],
	eomuk: [
		'Fish cake: minced fish paste shaped and fried or steamed, eaten in soup or stir-fried. The North calls it 고기떡 or 물고기떡 ("fish rice-cake"). In the South the Japanese loan 오뎅 is common in speech, though the standard dictionary treats it as an error for 어묵.',
		'생선 살을 갈아 반죽해 튀기거나 찐 식품으로, 국이나 볶음으로 먹는다. 북한에서는 「고기떡」 또는 「물고기떡」이라고 한다. 남한에서는 일본어에서 온 「오뎅」도 흔히 쓰지만, 표준국어대사전은 이를 「어묵」의 잘못으로 본다.'
	],
	'eongamja-guksu': [
		'Dark, chewy noodles made from the flour of potatoes frozen through the northern winter, a speciality of Ryanggang and the northern provinces that is also served at an Okryu-gwan annex.',
		'겨울 동안 얼린 감자로 만든 가루로 뽑은, 거무스름하고 쫄깃한 국수이다. 량강도 등 북부 지방의 음식이며 옥류관 분점에서도 판다.'
	],
	gabojingeo: [
		'The cuttlefish, with a broad body and an internal shell. One column says the North calls it 오징어, while the Ministry data maps 참오징어 to 호드기; with these conflicting reports both North forms are disputed.',
		'몸통이 넓고 속에 딱딱한 뼈(갑)가 있는 오징어류이다. 북한에서 갑오징어를 「오징어」라고 한다는 칼럼이 있지만, 통일부 자료는 참오징어를 「호드기」로 대응시켜 서로 어긋나므로 둘 다 확실하지 않다.'
	],
	gaegogi: [
		'Dog meat. The North\'s word is 단고기, literally "sweet meat".',
		'개의 고기이다. 북한에서는 「단고기」라고 한다.'
	],
	gaejangguk: [
		"A spicy soup of dog meat. The North calls it 단고기국 from its word for dog meat, and restaurants such as Pyongyang's 의암단고기장국집 use 단고기장국.",
		'개고기를 넣어 얼큰하게 끓인 국이다. 북한에서는 개고기를 「단고기」라고 하므로 「단고기국」이라 하고, 평양의 의암단고기장국집처럼 식당에서는 「단고기장국」이라고 한다.'
	],
	'gaeseong-juak': [
		'A small fried cake of glutinous rice dough soaked in syrup, a Kaesong festive sweet. In Kaesong itself it is called 우메기; the South mostly says 개성주악.',
		'찹쌀 반죽을 기름에 지져 조청이나 꿀에 재운 개성의 잔치 떡이다. 개성에서는 「우메기」라고 하며, 남한에서는 주로 「개성주악」이라고 한다.'
	],
	'gaeseong-mujjim': [
		'A Kaesong dish of radish braised with chicken, pork and beef. A defector column says it is fading even in Kaesong.',
		'무를 닭고기, 돼지고기, 소고기와 함께 찜한 개성 음식이다. 탈북민 칼럼에 따르면 개성에서도 점점 사라지고 있다고 한다.'
	],
	'gaeseong-pyeonsu': [
		"Kaesong's summer dumplings, filled with vegetables and meat and served in cold broth or steamed. Sources disagree on the shape: Southern descriptions say square, one DPRK cooking site says round, and another DPRK text says four corners pinched together.",
		'채소와 고기로 소를 넣어 빚은 개성의 여름 만두로, 찬 국물에 띄우거나 쪄서 먹는다. 모양에 대해서는 남한 자료는 네모지다고 하고, 북한 요리 사이트 한 곳은 둥글다고, 다른 북한 글은 네 귀를 모아 붙인다고 하여 서로 다르다.'
	],
	gajami: [
		'Flatfish (flounder and its relatives), grilled, braised or fermented. The North writes 가재미.',
		'가자미류의 납작한 물고기로, 굽거나 조리거나 식해를 담근다. 북한에서는 「가재미」라고 적는다.'
	],
	'gajami-sikhae': [
		'Flatfish fermented with millet, radish and chili, a Hamgyong speciality. The North spells the fish 가재미, and DPRK outlets write both 가재미식해 and 가재미식혜.',
		'가자미에 조밥, 무, 고춧가루 등을 섞어 삭힌 함경도 음식이다. 북한은 물고기 이름을 「가재미」로 적으며, 북한 매체에는 「가재미식해」와 「가재미식혜」가 함께 보인다.'
	],
	gamhongno: [
		'A red distilled liquor of Pyongyang, coloured and flavoured with herbs. The name is the same in both Koreas.',
		'약재로 붉은 빛과 향을 낸 평양의 증류주이다. 남북의 이름이 같다.'
	],
	'gamja-jjigae': [
		'A stew of potatoes, usually seasoned with chili paste or soybean paste. In the North it is 감자장찌개, a compound with 장 (paste).',
		'감자를 넣고 흔히 고추장이나 된장으로 간을 해 끓인 찌개이다. 북한에서는 「감자장찌개」라고 한다.'
	],
	'gamja-nongmal': [
		"Potato starch, used to make noodles such as Hamhung's 농마국수 and to thicken dishes. The North uses 농마 for starch.",
		'감자에서 얻은 녹말로, 함흥의 농마국수 같은 국수를 뽑거나 음식을 걸쭉하게 할 때 쓴다. 북한에서는 녹말을 「농마」라고 한다.'
	],
	'gamja-twigim': [
		'French fries. The North says 감자튀기, using its form 튀기 for deep-fried food.',
		'기름에 튀긴 감자이다. 튀김을 「튀기」라고 하는 북한에서는 「감자튀기」라고 한다.'
	],
	gangnaengi: [
		'A false friend: in the South 강냉이 mostly means popped corn, a puffed snack (also 뻥튀기), while in the North 강냉이 is the ordinary word for corn itself. The North calls the popped snack 펑펑이 or 강냉이과자.',
		'남북에서 뜻이 엇갈리는 말이다. 남한에서 「강냉이」는 주로 옥수수를 튀긴 과자(뻥튀기)를 가리키지만, 북한에서는 옥수수 자체를 이르는 보통 말이다. 북한에서는 튀긴 과자를 「펑펑이」나 「강냉이과자」라고 한다.'
	],
	garibi: ['The scallop. The North calls it 밥조개.', '가리비를 북한에서는 「밥조개」라고 한다.'],
	geonbae: [
		'"Cheers!", the toast before drinking. Writers report that 건배 marks a speaker as Southern and that North Koreans say 축배 instead; a textbook list also gives 쭉 냅시다 ("let\'s drain them").',
		'술잔을 들어 축하하며 마실 때 하는 말이다. 「건배」는 남한 말투로 들리며 북한에서는 「축배」라고 한다는 증언이 있고, 교재 목록에는 「쭉 냅시다」도 나온다.'
	],
	geonpodo: [
		'Raisins, dried grapes. The North says 마른포도 ("dried grapes").',
		'포도를 말린 것이다. 북한에서는 「마른포도」라고 한다.'
	],
	geowi: ["The goose. The North's word is 게사니.", '거위를 북한에서는 「게사니」라고 한다.'],
	'gim-bugak': [
		'Laver sheets coated with glutinous rice paste, dried and deep-fried into crisps. The North calls it 김튀기, rendering 부각 generally as …튀기 (e.g. 다시마튀기).',
		'김에 찹쌀풀을 발라 말렸다가 기름에 튀긴 반찬이다. 북한에서는 부각을 흔히 「…튀기」라고 하여(다시마튀기 등) 「김튀기」라고 한다.'
	],
	gomyeong: [
		'A garnish such as egg strips, shredded meat or mushrooms placed on top of a dish. The North calls it 꾸미; on noodles the meat topping is 국수꾸미.',
		'음식 위에 얹는 달걀지단, 고기, 버섯 등의 장식이다. 북한에서는 「꾸미」라고 하며, 국수에 얹는 고기 꾸미는 「국수꾸미」라고 한다.'
	],
	gopchang: [
		'The small intestines of cattle or pigs, grilled or cooked in stews. The North calls them 곱밸.',
		'소나 돼지의 작은창자로, 구이나 전골로 먹는다. 북한에서는 「곱밸」이라고 한다.'
	],
	'guksu-sari': [
		'An extra serving of noodles added to a bowl. Only one press list gives 덧국수 as the North Korean word, and whether it means a refill or a noodle nest is unclear.',
		'국수 그릇에 더 넣어 먹는 국수 한 덩이이다. 북한어 「덧국수」는 신문 목록 한 곳에만 나오고, 추가분인지 사리 자체인지 뜻이 분명하지 않다.'
	],
	guksutbal: [
		'Noodle strands, or the texture of noodles. The South writes 국숫발 with a 사이시옷; the North writes 국수발 without it, and its native word is 국수오리.',
		'국수의 가락, 또는 그 씹히는 느낌이다. 남한은 사이시옷을 넣어 「국숫발」로 적고, 북한은 「국수발」로 적으며 고유어 「국수오리」를 쓴다.'
	],
	gunmandu: [
		'Pan-fried dumplings. A single dictionary-derived source gives the North Korean word 군교즈, from Japanese gyōza.',
		'기름에 지지거나 구운 만두이다. 통일부 자료에만 나오는 북한어 「군교즈」는 일본어 교자에서 온 말이다.'
	],
	gwasilju: [
		'Liquor made by steeping or fermenting fruit. The North says 과일술 ("fruit liquor").',
		'과일을 담그거나 발효시켜 만든 술이다. 북한에서는 「과일술」이라고 한다.'
	],
	gwiri: [
		"Oats. The North's word is 귀밀, used for example in Hamgyong oat cakes (귀밀떡).",
		'귀리를 북한에서는 「귀밀」이라고 하며, 함경도의 귀밀떡 같은 음식에 쓴다.'
	],
	'gwiri-tteok': [
		'A rice cake made with oat flour, a Hamgyong dish. Following its word for oats, the North says 귀밀떡.',
		'귀리 가루로 만든 떡으로, 함경도 음식이다. 귀리를 「귀밀」이라고 하는 북한에서는 「귀밀떡」이라고 한다.'
	],
	hadeu: [
		'An ice pop or ice lolly. 하드 is South-only; the North says 얼음과자, which is also standard in the South but rarer there.',
		'막대에 얼린 얼음과자이다. 「하드」는 남한에서만 쓰는 말이고, 북한에서는 「얼음과자」라고 하는데 이 말은 남한에서도 표준어이지만 덜 쓰인다.'
	],
	'haeju-bibimbap': [
		"The bibimbap of Haeju in Hwanghae province, also known by the older name 해주교반. It is a traditional regional dish of the North's west coast.",
		'황해도 해주의 비빔밥으로, 예로부터 「해주교반」이라고도 불렀다. 북한 서해안 지방의 전통 향토 음식이다.'
	],
	haembeogeo: [
		'A hamburger. North Korean names have changed several times: 2004 press used the coinage 고기겹빵 (a 2002 list spelled it 고기곁빵), a 2009 menu said 다진소고기와 빵, in 2011 Kim Jong Il reportedly ordered 함버거, and menus now show 버거.',
		'햄버거의 북한 이름은 여러 번 바뀌었다. 2004년 보도에는 「고기겹빵」(2002년 목록에는 「고기곁빵」), 2009년 차림표에는 「다진소고기와 빵」이 나오고, 2011년에는 김정일이 「함버거」로 부르게 했다고 하며, 지금 차림표에는 「버거」가 보인다.'
	],
	'hamheung-galbi-gukbap': [
		'A Hamhung dish of rice in a soup of beef short ribs, named among the dishes of Hamgyong province in North Korean media.',
		'소갈비를 넣어 끓인 국에 밥을 만 함흥의 음식으로, 북한 매체가 함경도 음식으로 소개한다.'
	],
	'hamheung-naengmyeon': [
		'Thin, chewy noodles made from potato starch, served cold with a spicy dressing in the South. 함흥냉면 is a postwar Southern name; in Hamhung the dish is 농마국수 (potato-starch noodles), served cold or hot.',
		'감자 녹말로 뽑아 가늘고 질긴 국수로, 남한에서는 주로 매운 양념에 비벼 차게 먹는다. 「함흥냉면」은 전쟁 뒤 남한에서 붙은 이름이며, 함흥에서는 이 음식을 「농마국수」(감자농마국수)라고 하고 차게도 덥게도 먹는다.'
	],
	hatdogeu: [
		'A hot dog. The North writes 호트도그.',
		'핫도그를 북한에서는 「호트도그」라고 적는다.'
	],
	'hoe-naengmyeon': [
		"Starch noodles topped with raw fish in a spicy dressing. In Hamgyong, where the dish comes from, it is 회국수, topped with raw pollock, flatfish or cod; it is the original of the South's spicy 함흥냉면.",
		'녹말 국수에 양념한 생선회를 얹은 음식이다. 본고장인 함경도에서는 「회국수」라고 하며 명태, 가자미, 대구 등의 회를 얹는데, 남한의 비빔식 함흥냉면의 원형이다.'
	],
	hunje: [
		"Smoking food to flavour and preserve it, or smoked food. The North's word is 내굴찜 (내굴 = smoke).",
		'연기를 쐬어 맛을 내고 오래 보관하게 하는 일, 또는 그렇게 만든 음식이다. 북한에서는 「내굴찜」이라고 한다.'
	],
	'hwahak-jomiryo': [
		'Chemical seasoning such as MSG. The North calls it 맛내기 ("flavour-maker").',
		'MSG 같은 화학조미료이다. 북한에서는 「맛내기」라고 한다.'
	],
	imyeonsueo: [
		'The Atka mackerel, usually grilled. The North writes 이면수, a form that is non-standard in the South.',
		'주로 구워 먹는 바닷물고기이다. 북한에서는 「이면수」라고 적는데, 남한에서는 비표준어이다.'
	],
	'injogogi-bap': [
		'A North Korean market food: "artificial meat" made of soybean pulp pressed into sheets, wrapped round rice with chili sauce.',
		'콩 찌꺼기를 얇게 눌러 만든 「인조고기」에 밥을 싸고 양념장을 바른, 북한 장마당 음식이다.'
	],
	insamju: [
		'Liquor steeped with ginseng. The North says 인삼술.',
		'인삼을 넣어 담근 술이다. 북한에서는 「인삼술」이라고 한다.'
	],
	jaem: [
		'Jam. The North\'s word is 단졸임 ("sweet simmering"), as in 포도단졸임 and 사과단졸임.',
		'잼을 북한에서는 「단졸임」이라고 하며, 포도단졸임, 사과단졸임처럼 쓴다.'
	],
	'jaengban-guksu': [
		'Noodles with meat served on a large brass tray. The DPRK Cooking Association registered 고기쟁반국수 as a 조선 명요리; its composition is not verified, so it should not be assumed to equal the spicy South 쟁반국수.',
		'큰 놋쟁반에 고기와 함께 담아 내는 국수이다. 북한 조선료리협회는 「고기쟁반국수」를 조선 명요리로 등록했으나, 구성은 확인되지 않았으므로 남한의 매운 쟁반국수와 같다고 볼 수는 없다.'
	],
	jangajji: [
		'Vegetables pickled in soy sauce, soybean paste or chili paste. The North calls them 짠지 (e.g. 마늘짠지 for garlic), and its dictionary also gives 자짠지.',
		'채소를 간장, 된장, 고추장 등에 절여 삭힌 반찬이다. 북한에서는 「짠지」라고 하며(마늘장아찌 = 마늘짠지), 사전에는 「자짠지」도 있다.'
	],
	jangjorim: [
		'Beef simmered in soy sauce until salty and firm, often with eggs. The North writes 장졸임, following its 졸임 for 조림, and also says 고기졸임.',
		'소고기를 간장에 짭짤하게 조린 반찬으로, 흔히 달걀을 함께 넣는다. 조림을 「졸임」으로 적는 북한에서는 「장졸임」 또는 「고기졸임」이라고 한다.'
	],
	japgokbap: [
		'Rice cooked with other grains and beans. A single dictionary-derived source gives the North Korean word 얼럭밥.',
		'쌀에 잡곡과 콩을 섞어 지은 밥이다. 북한어 「얼럭밥」은 통일부 자료에만 나온다.'
	],
	jelli: [
		'Jelly, a set sweet. The North calls it 단묵 ("sweet jelly"), a word that also covers 양갱.',
		'젤리를 북한에서는 「단묵」이라고 하며, 이 말은 양갱까지 아우른다.'
	],
	jeonbyeong: [
		'A thin crisp wafer or pancake. The North calls it 바삭과자 ("crisp confection").',
		'얇고 바삭하게 구운 과자나 부침이다. 북한에서는 「바삭과자」라고 한다.'
	],
	'jeongi-bapsot': [
		"An electric rice cooker. The North calls it 전기밥가마 or 자동밥가마, using 가마 (pot) for the South's 솥.",
		'전기로 밥을 짓는 솥이다. 북한에서는 솥 대신 「가마」를 써서 「전기밥가마」 또는 「자동밥가마」라고 한다.'
	],
	jeongol: [
		'A hot pot of meat, seafood and vegetables cooked at the table in a shallow pan. The word is the same in both Koreas, with North names such as 남새전골.',
		'고기, 해물, 채소를 전골냄비에 담아 상 위에서 끓여 먹는 음식이다. 남북이 같은 말을 쓰며, 북한에도 남새전골 같은 이름이 있다.'
	],
	'jeonja-reinji': [
		'A microwave oven. The North calls it 전자가마 ("electronic pot").',
		'전자기파로 음식을 데우는 기구이다. 북한에서는 「전자가마」라고 한다.'
	],
	jeungpyeon: [
		"A spongy steamed rice cake leavened with rice wine. The North calls it 기지떡 or 쉬움떡 (also 상하떡); the South's colloquial 술떡 is not used there.",
		'쌀가루 반죽을 막걸리로 부풀려 찐 떡이다. 북한에서는 「기지떡」 또는 「쉬움떡」(「상하떡」)이라고 하며, 남한의 입말 「술떡」은 쓰지 않는다.'
	],
	jilgyeongi: [
		'Plantain, a wild green whose young leaves are eaten as namul. The North calls it 길짱구.',
		'어린잎을 나물로 먹는 들풀이다. 북한에서는 「길짱구」라고 한다.'
	],
	jjigae: [
		"A thick, strongly seasoned stew, such as kimchi or soybean-paste stew. The North's word is 지지개, built on 지지다 (to simmer); North word lists also show compounds with 장찌개 (e.g. 마른명태장찌개).",
		'김치찌개, 된장찌개처럼 국물을 적게 하여 간을 세게 끓인 음식이다. 북한에서는 「지지다」에서 온 「지지개」라고 하며, 마른명태장찌개처럼 「장찌개」가 붙은 말도 쓴다.'
	],
	jjinppang: [
		'A steamed bun, usually filled with sweet red-bean paste. The North calls it 증기빵 ("steam bread").',
		'주로 팥소를 넣어 찐 빵이다. 북한에서는 「증기빵」이라고 한다.'
	],
	jokbal: [
		"Pig's trotters braised in soy sauce and spices and served sliced. A single press list gives the North Korean word 발쪽.",
		'돼지 발을 간장과 향신료로 삶아 썰어 내는 음식이다. 북한어 「발쪽」은 신문 목록 한 곳에만 나온다.'
	],
	jongeobwon: [
		'A waiter or waitress. The North calls restaurant staff 접대원 ("receiver").',
		'식당 등에서 손님을 맞고 음식을 나르는 사람이다. 북한에서는 「접대원」이라고 한다.'
	],
	'joraengi-tteokguk': [
		"Kaesong's New Year rice-cake soup, with small rice cakes pinched into a cocoon shape. The name is the same in both Koreas, and a DPRK regional-cuisine text lists it.",
		'누에고치 모양으로 잘록하게 빚은 작은 떡을 넣어 끓인 개성의 설 떡국이다. 남북의 이름이 같으며, 북한의 지방 요리 소개 글에도 나온다.'
	],
	jorim: [
		'Simmering food in a seasoned sauce until it is absorbed, or a dish made this way. The North writes 졸임 (감자졸임, 고등어졸임; 북어조림 = 마른명태졸임).',
		'양념한 국물에 재료를 넣고 국물이 배어들도록 바짝 끓이는 일, 또는 그런 음식이다. 북한에서는 「졸임」으로 적는다(감자졸임, 고등어졸임, 북어조림 = 마른명태졸임).'
	],
	jumeokbap: [
		"A rice ball pressed by hand, often with seasonings or fillings. The North's word is 줴기밥, though 주먹밥 is also used there; the South's dictionary has the related word 좨기.",
		'밥을 손으로 뭉쳐 만든 덩이로, 흔히 양념이나 소를 넣는다. 북한에서는 「줴기밥」이라고 하지만 주먹밥도 쓰며, 남한 사전에는 관련된 말 「좨기」가 있다.'
	],
	juseu: [
		'Fruit juice. The North calls it 과일단물 or 과실단물 ("fruit sweet-water").',
		'과일을 짠 즙이다. 북한에서는 「과일단물」 또는 「과실단물」이라고 한다.'
	],
	'kaen-maekju': [
		'Beer in cans. A single source gives the North Korean term 떼기식 통맥주 (roughly "tear-open can beer") and says canned Taedonggang beer started in 2017.',
		'캔에 담은 맥주이다. 한 자료에만 북한어 「떼기식 통맥주」가 나오며, 캔에 든 대동강맥주는 2017년에 나왔다고 한다.'
	],
	kaereomel: [
		'Caramel candy, chewy sweets of cooked sugar and milk fat. The North calls it 기름사탕 ("oil candy"), also 젖기름사탕.',
		'설탕과 유지방을 졸여 만든 말랑한 사탕이다. 북한에서는 「기름사탕」 또는 「젖기름사탕」이라고 한다.'
	],
	kalguksu: [
		"Hand-cut wheat noodles cooked in broth. The North's word is 칼제비국, also 제비국 or 밀제비국; one report says knife-cut noodles are called 칼제비 or even 수제비 there, so 수제비 partly covers this dish in the North.",
		'밀가루 반죽을 칼로 썰어 국물에 끓인 국수이다. 북한에서는 「칼제비국」, 「제비국」, 「밀제비국」이라고 하며, 칼국수를 「칼제비」나 아예 「수제비」라고 부른다는 보도도 있어 북한의 수제비는 칼국수까지 일부 아우른다.'
	],
	kaseutella: [
		'Castella, a soft sponge cake. The North calls it 설기과자 or 설기빵, after the steamed rice cake 설기.',
		'부드러운 카스텔라이다. 북한에서는 시루떡 「설기」에 빗대어 「설기과자」 또는 「설기빵」이라고 한다.'
	],
	keop: [
		'A cup. The North uses the older Japanese-mediated loanword 고뿌 (koppu), and its dictionary definitions use 종이고뿌 for a paper cup.',
		'물 등을 따라 마시는 잔이다. 북한에서는 일본어를 거쳐 들어온 옛 외래어 「고뿌」를 쓰며, 북한 사전의 뜻풀이에도 「종이고뿌」가 나온다.'
	],
	'keop-ramyeon': [
		'Instant noodles in a cup, eaten after pouring in hot water. The North\'s product term is 그릇즉석국수 ("bowl instant noodles"), and colloquially 고뿌라면 (고뿌 = cup).',
		'컵에 든 라면으로, 뜨거운 물을 부어 먹는다. 북한에서는 「그릇즉석국수」라고 하며, 입말로는 「고뿌라면」이라고도 한다(고뿌 = 컵).'
	],
	kimchi: [
		'Fermented vegetables, above all napa cabbage and radish seasoned with chili, garlic and salted seafood. The word is the same in both Koreas; Northern kimchi tends to be less salty and less spicy, with more brine.',
		'배추와 무 등을 고춧가루, 마늘, 젓갈 등으로 양념해 발효시킨 음식이다. 남북이 같은 말을 쓰며, 북쪽 김치는 대체로 덜 짜고 덜 매우며 국물이 많다.'
	],
	kolla: [
		'Cola. 코코아단물 is given as the North Korean word by a single listicle only and is doubtful: a cola knockoff seen in Pyongyang was labelled 탄산단물.',
		'콜라이다. 북한어 「코코아단물」은 흥밋거리 기사 한 곳에만 나와 믿기 어렵고, 평양에서 본 콜라류 음료에는 「탄산단물」이라고 적혀 있었다.'
	],
	kongguk: [
		'A cold soup of ground soybean milk, eaten with noodles (콩국수) in summer. The North calls it 콩물국.',
		'콩을 갈아 만든 국물로, 여름에 국수를 말아 먹는다. 북한에서는 「콩물국」이라고 한다.'
	],
	maega: [
		"Barley malt, used for brewing beer. The North's word is 보리길금, from its word for malt, 길금.",
		'보리에 싹을 틔워 말린 것으로, 맥주를 만드는 데 쓴다. 엿기름을 「길금」이라고 하는 북한에서는 「보리길금」이라고 한다.'
	],
	maekju: [
		"Beer. The word is the same in both Koreas; the North's dictionary counts beer among carbonated drinks (탄산음료).",
		'맥주이다. 남북이 같은 말을 쓰며, 북한 사전은 맥주를 탄산음료에 넣는다.'
	],
	makgeolli: [
		'Milky, unfiltered rice wine. The word is the same in both Koreas: the dictionary data lists 탁배기, but the DPRK held 막걸리 contests (2015 report).',
		'쌀로 빚어 거르지 않은 뿌연 술이다. 통일부 자료에는 「탁배기」도 나오지만, 북한에서도 막걸리 품평회를 열었다는 2015년 보도처럼 남북 모두 「막걸리」라고 한다.'
	],
	'mareun-ojingeo': [
		'Dried squid, a common snack with beer. Because the North calls squid 낙지, dried squid is 마른낙지 there: ordering 오징어포 in Pyongyang brings dried 낙지.',
		'오징어를 말린 것으로, 흔한 맥주 안주이다. 북한에서는 오징어를 「낙지」라고 하므로 마른오징어는 「마른낙지」가 된다.'
	],
	matsogeum: [
		'Salt mixed with flavour enhancer. The North calls it 맛내기소금, from its word for MSG, 맛내기.',
		'조미료를 섞은 소금이다. 화학조미료를 「맛내기」라고 하는 북한에서는 「맛내기소금」이라고 한다.'
	],
	'memil-guksu': [
		'Buckwheat noodles. The word is the same in both Koreas; Okryu-gwan describes its 평양랭면 as pure buckwheat noodles (순메밀국수).',
		'메밀가루로 만든 국수이다. 남북이 같은 말을 쓰며, 옥류관은 평양랭면을 「순메밀국수」로 만든다고 소개한다.'
	],
	mepssal: [
		"Ordinary non-glutinous rice, the rice of everyday meals. The North's word is 입쌀.",
		'찹쌀이 아닌 보통 쌀로, 평소에 밥을 짓는 쌀이다. 북한에서는 「입쌀」이라고 한다.'
	],
	mu: [
		'The white radish, used in kimchi, soups and braises. The South standardised the short form 무 in 1988; the North keeps 무우 (as in 동침무우).',
		'김치, 국, 조림에 두루 쓰는 뿌리채소이다. 남한은 1988년에 준말 「무」를 표준어로 삼았고, 북한은 「무우」를 그대로 쓴다(동침무우 등).'
	],
	'mujigae-songeo': [
		'The rainbow trout. The North calls it 칠색송어 ("seven-colour trout"), as listed in the National Institute of Fisheries\' North–South comparison booklet (2019).',
		'무지개송어를 북한에서는 「칠색송어」라고 하며, 국립수산과학원의 남북 수산 용어 비교집(2019)에도 실려 있다.'
	],
	myeongnanjeot: [
		'Salted, fermented pollock roe. The dictionary data gives the North Korean form 명태알젓 ("pollock-egg jeotgal"), but a South blog saw 명란젓 on a Hamgyong restaurant menu in Pyongyang, so both may occur.',
		'명태의 알을 소금에 절여 삭힌 젓갈이다. 통일부 자료는 북한어를 「명태알젓」이라고 하지만, 평양의 함경도 음식점 차림표에서 「명란젓」을 보았다는 남한 블로그도 있어 두 말이 다 쓰일 수 있다.'
	],
	myeongtae: [
		'Alaska pollock, the most important fish of Korean cooking, eaten fresh, frozen and dried. The word is the same in both Koreas.',
		'한국 음식에서 가장 널리 쓰이는 물고기로, 생태, 동태, 북어 등으로 먹는다. 남북이 같은 말을 쓴다.'
	],
	'myeongtae-sundae': [
		'A whole pollock emptied and stuffed like a sausage, a winter food of Hamgyong and the east coast. It is frozen and steamed as needed, eaten as a meal or with drinks, and is reportedly rarer now.',
		'명태의 속을 비우고 소를 채운 함경도와 동해안 지방의 겨울 음식이다. 얼려 두었다가 필요할 때 쪄서 끼니나 술안주로 먹으며, 요즘은 드물어졌다고 한다.'
	],
	naejangtang: [
		'A spicy soup of beef offal. A single press report gives the North Korean word 내포국.',
		'소의 내장을 넣어 얼큰하게 끓인 탕이다. 북한어 「내포국」은 신문 보도 한 곳에만 나온다.'
	],
	nakji: [
		'The long-arm octopus, eaten raw, stir-fried or in stews. Because the North uses 낙지 for the squid, the South\'s 낙지 needs a qualifier there: 서해낙지 ("West Sea 낙지").',
		'다리가 긴 낙지로, 산낙지, 볶음, 전골 등으로 먹는다. 북한에서는 낙지가 오징어를 가리키므로, 남한의 낙지는 「서해낙지」라고 해야 한다.'
	],
	nongmal: [
		'Starch, above all from potatoes, sweet potatoes or mung beans. The North uses 농마, a dialect form of 녹말 adopted as standard, for both 녹말 and 전분.',
		'감자, 고구마, 녹두 등에서 얻은 녹말이다. 북한에서는 녹말의 방언형 「농마」를 표준어로 삼아 녹말과 전분을 모두 「농마」라고 한다.'
	],
	noti: [
		"A sweet fried cake of glutinous millet or rice dough fermented with malt, a Pyongan speciality. The South's dictionary form is 노티; DPRK texts write 노치.",
		'찰기장이나 찹쌀 반죽을 엿기름으로 삭혀 지진 평안도의 단 떡이다. 남한 사전에는 「노티」로, 북한 글에는 「노치」로 나온다.'
	],
	nurungji: [
		"The crust of scorched rice at the bottom of the pot, eaten as a snack or boiled in water. The North's word is 가마치.",
		'밥을 지을 때 솥 바닥에 눌어붙은 밥으로, 그대로 먹거나 물을 부어 끓여 먹는다. 북한에서는 「가마치」라고 한다.'
	],
	'oi-sobagi': [
		'Cucumbers slit and stuffed with seasoned chives and radish, a summer kimchi. The North calls it 오이통김치 ("whole-cucumber kimchi").',
		'오이에 칼집을 넣고 부추와 무 등으로 만든 소를 채운 여름 김치이다. 북한에서는 「오이통김치」라고 한다.'
	],
	ojingeo: [
		"The squid. A famous false friend: the North's dictionary defines 낙지 as the ten-armed animal, i.e. the South's 오징어, so squid is 낙지 in the North (its 1960 dictionary still matched the South).",
		'오징어이다. 남북의 대표적인 뜻 엇갈림 낱말로, 북한 사전은 「낙지」를 다리가 열 개인 동물, 곧 남한의 오징어로 풀이하므로 북한에서는 오징어를 「낙지」라고 한다(1960년 북한 사전은 남한과 같았다).'
	],
	oksusu: [
		'Corn (maize), the plant and its grain. The North recommends the native 강냉이 and marks 옥수수 compounds as non-standard; in the South 강냉이 mostly means popped corn.',
		'옥수수, 곧 그 식물과 낟알이다. 북한에서는 「강냉이」를 권장하고 옥수수가 들어간 말은 비표준으로 다루며, 남한에서 「강냉이」는 주로 튀긴 옥수수 과자를 뜻한다.'
	],
	'oksusu-gireum': [
		'Corn oil. Following its word for corn, the North says 강냉이기름.',
		'옥수수 씨눈에서 짠 기름이다. 옥수수를 「강냉이」라고 하는 북한에서는 「강냉이기름」이라고 한다.'
	],
	'oksusu-guksu': [
		'Noodles made from corn flour, a cheap staple of North Korean state eateries. The North calls them 강냉이국수, 강냉이 being its word for corn.',
		'옥수수 가루로 뽑은 국수로, 북한 국영 식당의 값싼 주식이다. 옥수수를 「강냉이」라고 하는 북한에서는 「강냉이국수」라고 한다.'
	],
	oksusubap: [
		'Rice cooked with corn kernels. The North says 강냉이밥, following its preference for 강냉이.',
		'옥수수 알을 섞어 지은 밥이다. 북한에서는 「강냉이밥」이라고 한다.'
	],
	omeuraiseu: [
		'Omelette rice: fried rice wrapped in a thin omelette. The North writes 옴라이스, also 옴레트라이스; the coinage 닭알씌움밥 appears only in online lists.',
		'볶음밥을 얇은 달걀부침으로 감싼 음식이다. 북한에서는 「옴라이스」 또는 「옴레트라이스」라고 하며, 「닭알씌움밥」이라는 말은 인터넷 목록에만 나온다.'
	],
	onmyeon: [
		'Noodles served in hot broth, the warm counterpart of 냉면. The North calls them 더운국수 ("warm noodles").',
		'따뜻한 국물에 만 국수로, 냉면과 짝을 이룬다. 북한에서는 「더운국수」라고 한다.'
	],
	'paeseuteu-pudeu': [
		'Fast food. The North uses the Sino-Korean coinage 속성음식 ("quick-made food").',
		'빨리 만들어 내는 간편 음식이다. 북한에서는 「속성음식」이라고 한다.'
	],
	papkon: [
		'Popcorn. The North calls it 강냉이튀기 ("fried corn").',
		'옥수수를 튀긴 팝콘이다. 북한에서는 「강냉이튀기」라고 한다.'
	],
	'peongpeongi-tteok': [
		'A North Korean cake made from the flour of puffed corn (펑펑이). It is a cheap snack made from corn, a staple grain in the North.',
		'튀긴 옥수수(펑펑이)를 빻은 가루로 만든 북한의 떡으로, 북한에서 주식으로 많이 먹는 옥수수로 만든 값싼 먹을거리이다.'
	],
	peuraipaen: [
		'A frying pan. The North writes 후라이판, an older loanword form.',
		'프라이팬을 북한에서는 예전 외래어 형태인 「후라이판」이라고 적는다.'
	],
	pija: [
		'Pizza. The North writes 삐짜 (the spelling of a DPRK magazine), and 종합지짐 ("assorted pancake", also 이태리 종합지짐) is reported colloquially; the popular claim that the North calls it 밀가루빵 is unsupported.',
		'피자를 북한에서는 잡지 표기대로 「삐짜」라고 적으며, 입말로는 「종합지짐」(이태리 종합지짐)이라고 한다는 보도가 있다. 흔히 알려진 「밀가루빵」은 근거가 없다.'
	],
	pimang: [
		'The bell pepper. The North calls it 사자고추 ("lion pepper").',
		'피망을 북한에서는 「사자고추」라고 한다.'
	],
	podoju: [
		'Wine made from grapes. The North says 포도술 ("grape liquor").',
		'포도로 빚은 술이다. 북한에서는 「포도술」이라고 한다.'
	],
	'pyeongyang-bibimbap': [
		"Pyongyang-style bibimbap, one of the city's signature dishes listed by DPRK sources alongside 평양랭면 and 대동강숭어국.",
		'평양식 비빔밥으로, 북한 자료가 평양랭면, 대동강숭어국과 함께 꼽는 평양의 대표 음식이다.'
	],
	'pyeongyang-naengmyeon': [
		"Pyongyang's buckwheat noodles in cold broth, the signature dish of the Okryu-gwan restaurant. The North writes 평양랭면; its chief technician advises seasoning only with soy sauce and vinegar, not chili-garlic paste.",
		'메밀국수를 차가운 국물에 만 평양의 국수로, 옥류관의 대표 음식이다. 북한에서는 「평양랭면」으로 적으며, 옥류관 기술자는 다진 양념 대신 간장과 식초만 넣어 먹으라고 권한다.'
	],
	'pyeongyang-onban': [
		"Rice in hot chicken broth, topped with shredded chicken and a mung-bean pancake, one of the four Pyongyang dishes. 온반 is in both Koreas' dictionaries but rare in the South.",
		'밥에 뜨거운 닭 국물을 붓고 닭고기와 녹두지짐을 얹은 음식으로, 평양의 4대 음식 가운데 하나이다. 「온반」은 남북 사전에 다 있지만 남한에서는 드물게 쓴다.'
	],
	'pyogo-beoseot': [
		'The shiitake mushroom, grown on oak logs. The North calls it 참나무버섯 ("oak mushroom").',
		'참나무에서 기르는 버섯이다. 북한에서는 「참나무버섯」이라고 한다.'
	],
	ramyeon: [
		'Instant fried noodles with a seasoning packet. DPRK packets are labelled 즉석국수 ("instant noodles"; bag type 봉지즉석국수), and 라면 is also heard; the widely repeated 꼬부랑국수 is, according to a 2001 report, a different curly, non-fried noodle without seasoning.',
		'기름에 튀긴 면과 양념 봉지로 된 즉석 국수이다. 북한 제품은 「즉석국수」(봉지 제품은 「봉지즉석국수」)라고 적혀 있고 「라면」이라는 말도 쓰인다. 흔히 알려진 「꼬부랑국수」는 2001년 보도에 따르면 양념 없이 튀기지 않은 꼬불꼬불한 별개의 국수이다.'
	],
	remoneideu: [
		"Lemonade. The North's form 라모네드 is not based on English.",
		'레모네이드를 북한에서는 영어가 아닌 다른 언어를 바탕으로 한 「라모네드」라고 한다.'
	],
	saengmaekju: [
		'Draft beer. Both Koreas say 생맥주: the dictionary data also gives 날맥주, but reports on Pyongyang beer outlets use 생맥주.',
		'병이나 캔에 담지 않고 통에서 바로 따르는 맥주이다. 통일부 자료에는 「날맥주」도 있지만, 평양의 맥주집을 다룬 보도에는 「생맥주」로 나온다.'
	],
	'saengseon-hoe': [
		'Sliced raw fish. The North calls it 물고기회 ("fish hoe"), also 고기회.',
		'생선을 얇게 썬 회이다. 북한에서는 「물고기회」 또는 「고기회」라고 한다.'
	],
	saeujeot: [
		'Tiny shrimp salted and fermented, used to season kimchi and soups. The North uses the Sino-Korean coinage 백하젓 ("white-shrimp jeotgal").',
		'작은 새우를 소금에 절여 삭힌 젓갈로, 김치와 국의 간을 맞추는 데 쓴다. 북한에서는 한자어 「백하젓」이라고 한다.'
	],
	samgyeopsal: [
		'Pork belly, grilled at the table. 세겹살 ("three-layer flesh") is given as the North Korean word only by online lists, so it is marked disputed.',
		'돼지의 뱃살로, 주로 구워 먹는다. 북한어 「세겹살」은 인터넷 목록에만 나와 확인되지 않았다.'
	],
	samgyetang: [
		'A whole young chicken stuffed with glutinous rice, ginseng and jujubes and simmered in broth. A single press report gives the North Korean word 닭곰; 삼계탕 may also be understood there.',
		'어린 닭에 찹쌀, 인삼, 대추 등을 넣고 고아 낸 탕이다. 북한어 「닭곰」은 신문 보도 한 곳에만 나오며, 북한에서도 삼계탕이라는 말이 통할 수 있다.'
	],
	sangchu: [
		"Lettuce, eaten above all as a wrap for rice and grilled meat. The North's word is 부루.",
		'주로 밥이나 고기를 싸 먹는 채소이다. 북한에서는 「부루」라고 한다.'
	],
	seokbakji: [
		'Kimchi of chopped radish and cabbage mixed together. The North writes 석박지; its dictionary form is 석박김치, and 써레기(김치) and 막김치 are also listed.',
		'무와 배추를 썰어 한데 버무린 김치이다. 북한에서는 「석박지」로 적고, 사전 형태는 「석박김치」이며, 「써레기(김치)」, 「막김치」라고도 한다.'
	],
	seolgeoji: [
		'Washing up the dishes after a meal. The South changed its standard spelling to 설거지 in 1988; the North kept the older 설겆이.',
		'먹고 난 그릇을 씻어 정리하는 일이다. 남한은 1988년에 표준어를 「설거지」로 바꾸었고, 북한은 예전 표기 「설겆이」를 그대로 쓴다.'
	],
	seoltang: [
		'Sugar. North Korean dictionary definitions use 사탕가루 ("candy powder"), though 설탕 is also understood.',
		'설탕을 북한 사전의 뜻풀이에서는 「사탕가루」라고 하며, 설탕이라는 말도 통한다.'
	],
	sireop: [
		'Syrup. The North calls it 진단물 ("thick sweet-water").',
		'설탕 등을 진하게 녹인 시럽이다. 북한에서는 「진단물」이라고 한다.'
	],
	sodokjeo: [
		'Disposable wooden chopsticks in a sanitary wrapper. The North calls them 위생저가락 ("hygienic chopsticks").',
		'위생 봉투에 싼 일회용 나무젓가락이다. 북한에서는 「위생저가락」이라고 한다.'
	],
	soju: [
		'Soju, a clear distilled or diluted spirit. The word is the same in both Koreas; the North promotes 평양소주 as its national liquor.',
		'맑은 소주이다. 남북이 같은 말을 쓰며, 북한은 평양소주를 나라를 대표하는 술로 내세운다.'
	],
	'sokdojeon-tteok': [
		'An instant rice cake made by kneading pre-cooked corn flour (속도전가루) with water, a North Korean market food. The name comes from the 1970s "speed battle" (속도전) slogan.',
		'미리 익힌 옥수수 가루(속도전가루)를 물에 반죽해 바로 만드는 북한 장마당의 떡이다. 이름은 1970년대의 「속도전」 구호에서 나왔다.'
	],
	sosiji: [
		'Sausage. The North uses 칼파스, from Russian kolbasa, as in a DPRK magazine recipe; its dictionary also gives 고기순대 ("meat sausage").',
		'소시지를 북한에서는 러시아어 콜바사에서 온 「칼파스」라고 하며, 북한 잡지의 조리법에도 이렇게 나온다. 사전에는 「고기순대」도 있다.'
	],
	ssalbap: [
		'Cooked white rice. The North\'s everyday and slogan word is 이밥 ("이밥에 고기국", rice with meat soup, as the promise of plenty); 이밥 exists in the South\'s dictionary but is rare.',
		'흰쌀로 지은 밥이다. 북한에서는 「이밥」이 일상어이자 「이밥에 고기국」이라는 구호에 쓰이는 말이며, 남한 사전에도 있지만 드물게 쓴다.'
	],
	sujebi: [
		'Soup with flakes of wheat dough torn off by hand. The North calls it 뜨더국, from 뜯다 (to tear off).',
		'밀가루 반죽을 손으로 떼어 넣어 끓인 음식이다. 북한에서는 「뜯다」에서 온 「뜨더국」이라고 한다.'
	],
	sundae: [
		"Korean blood sausage: pig's intestine stuffed with glass noodles or glutinous rice, blood and vegetables, steamed and sliced. The word is the same in both Koreas.",
		'돼지 창자에 당면이나 찹쌀, 선지, 채소 등을 채워 찐 음식이다. 남북이 같은 말을 쓴다.'
	],
	syampein: [
		'Champagne or sparkling wine. The North says 샴팡술, on the Russian-style form 샴팡.',
		'샴페인, 곧 발포성 포도주이다. 북한에서는 러시아식 「샴팡」에 「술」을 붙여 「샴팡술」이라고 한다.'
	],
	'tansan-eumnyo': [
		'Carbonated soft drinks. In the North 탄산음료 is broader and also includes beer, while sweet fizzy drinks are 탄산단물 ("carbonated sweet-water").',
		'탄산가스를 넣은 청량음료이다. 북한에서 「탄산음료」는 맥주까지 포함하는 넓은 말이고, 단 탄산 음료는 「탄산단물」이라고 한다.'
	],
	tomato: [
		'The tomato. The North writes 도마도, an older loanword form also seen in a DPRK magazine pizza recipe.',
		'토마토를 북한에서는 예전 외래어 형태인 「도마도」라고 적는다.'
	],
	tongjorim: [
		"Canned food. The North writes 통졸임, following its 졸임 for 조림 (and 병졸임 for the South's 병조림, bottled food).",
		'통에 담아 밀봉한 식품이다. 조림을 「졸임」으로 적는 북한에서는 「통졸임」이라고 하며, 병조림도 「병졸임」이라고 한다.'
	],
	ttangkong: [
		'The peanut. The word is the same in both Koreas; the formal Sino-Korean word, 낙화생 in the South, is 락화생 in the North.',
		'땅콩이다. 남북이 같은 말을 쓰며, 한자어로는 남한에서 「낙화생」, 북한에서 「락화생」이라고 한다.'
	],
	twibap: [
		'Puffed rice, popped in a pressure machine and eaten as a snack. The North calls it 쌀튀기 or just 튀기, and Pyongyang kiosks sell it as 튀기 과자.',
		'쌀을 튀김 기계로 부풀린 과자이다. 북한에서는 「쌀튀기」 또는 그냥 「튀기」라고 하며, 평양의 매대에서는 「튀기 과자」로 판다.'
	],
	twigim: [
		'Deep-frying, or deep-fried food. The North uses a different derivative of the same verb, 튀기, and DPRK dish names use it (우레기튀기, 왕새우튀기우동).',
		'기름에 튀기는 일, 또는 튀긴 음식이다. 북한에서는 같은 동사에서 다르게 만든 「튀기」를 쓰며, 북한 요리 이름에도 「우레기튀기」, 「왕새우튀기우동」처럼 나온다.'
	],
	udong: [
		'Thick wheat noodles in broth, a Japanese loan kept in both Koreas; a DPRK-registered restaurant dish is 왕새우튀기우동 (udon with fried king prawn).',
		'굵은 밀국수를 국물에 만 음식으로, 일본에서 들어온 말을 남북 모두 쓴다. 북한에 등록된 요리 가운데 「왕새우튀기우동」이 있다.'
	],
	uyu: [
		'Cow\'s milk. 우유 is used in the North too, but North Korean dictionary definitions use the native 소젖 ("cow milk").',
		'소의 젖이다. 북한에서도 우유라는 말을 쓰지만, 북한 사전의 뜻풀이에는 고유어 「소젖」이 쓰인다.'
	],
	wapeul: [
		'A waffle. The North\'s coinage 구운빵지짐 ("baked bread pancake", 2009) was reportedly replaced by the loanword 워흘 in 2011.',
		'와플을 북한에서는 2009년에 「구운빵지짐」이라고 했다가, 2011년에 외래어 「워흘」로 바꾸었다고 한다.'
	],
	yakbap: [
		'Sweet glutinous rice steamed with honey, soy sauce, chestnuts, jujubes and pine nuts. The name is the same in both Koreas, and 약식 is also used in both; a DPRK regional-cuisine text lists it among Kaesong dishes.',
		'찹쌀에 꿀, 간장, 밤, 대추, 잣 등을 넣어 찐 음식이다. 남북이 같은 이름을 쓰고 「약식」이라고도 하며, 북한의 지방 요리 글에 개성 음식으로 나온다.'
	],
	yakgwa: [
		"A honey-soaked fried cookie of wheat flour, sesame oil and honey. The North's dictionary gives 약과자, and 약과 is also used there; 과줄 is used in both Koreas for similar sweets.",
		'밀가루에 참기름과 꿀을 넣어 반죽해 기름에 지지고 꿀에 재운 과자이다. 북한 사전에는 「약과자」로 나오고 「약과」도 쓰며, 비슷한 과자를 남북 모두 「과줄」이라고도 한다.'
	],
	yangbaechu: [
		'Cabbage (round head cabbage). The North calls it 가두배추, with the variant 가두배치 in some accounts.',
		'양배추이다. 북한에서는 「가두배추」라고 하며, 「가두배치」라는 변이형도 보인다.'
	],
	yanggaeng: [
		'A firm jelly of sweet red-bean paste and agar. In the North it is covered by 단묵 ("sweet jelly"), the word also used for jelly.',
		'팥앙금에 한천을 넣어 굳힌 과자이다. 북한에서는 젤리와 마찬가지로 「단묵」이라고 한다.'
	],
	'yangjo-ganjang': [
		'Soy sauce brewed by natural fermentation, as opposed to acid-hydrolysed soy sauce. The North calls it 띄운간장 ("fermented soy sauce"), also 발효간장.',
		'콩을 발효시켜 만든 간장이다. 북한에서는 「띄운간장」 또는 「발효간장」이라고 한다.'
	],
	'yangnyeom-ganjang': [
		'Soy sauce mixed with chopped spring onion, garlic, chili powder and sesame, used as a dipping or seasoning sauce. The North calls it 일반양념장.',
		'간장에 다진 파, 마늘, 고춧가루, 깨 등을 섞은 양념장이다. 북한에서는 「일반양념장」이라고 한다.'
	],
	yangpa: [
		'The onion. The North calls it 둥글파 ("round green onion") or 옥파; the Ministry data also lists 호총.',
		'양파를 북한에서는 「둥글파」 또는 「옥파」라고 하며, 통일부 자료에는 「호총」도 나온다.'
	],
	'yeongchae-kimchi': [
		'Kimchi made from 영채, a mustard-green-like vegetable, a speciality of North Hamgyong named by North Korean media.',
		'갓과 비슷한 채소인 영채로 담근 김치로, 북한 매체가 함경북도 음식으로 소개한다.'
	],
	yeonyu: [
		'Sweetened condensed milk. The North\'s native word is 졸인젖 ("boiled-down milk"); the Sino-Korean 련유 is also listed.',
		'우유에 설탕을 넣어 졸인 연유이다. 북한에서는 고유어 「졸인젖」이라고 하며, 한자어 「련유」도 있다.'
	],
	yeotgireum: [
		"Malt: barley sprouted and dried, used to make rice syrup, 식혜 and beer. The North's word is 길금; malt for beer is 보리길금, and Taedonggang beer labels list 길금.",
		'보리에 싹을 틔워 말린 것으로, 엿, 식혜, 맥주를 만드는 데 쓴다. 북한에서는 「길금」이라고 하며, 맥주용은 「보리길금」이라 하고 대동강맥주 상표에도 길금이 적혀 있다.'
	],
	yogureuteu: [
		'A yogurt drink. The North calls it 젖산유 ("lactic-acid milk").',
		'발효유 음료이다. 북한에서는 「젖산유」라고 한다.'
	],
	yukgaejang: [
		'A spicy soup of shredded beef, bracken and spring onion. A single dictionary-derived source gives the North Korean word 소단고기국; its everyday use is not confirmed.',
		'삶아 찢은 소고기에 고사리, 대파 등을 넣고 얼큰하게 끓인 국이다. 북한어 「소단고기국」은 통일부 자료에만 나오고 실제로 쓰이는지는 확인되지 않았다.'
	],
	yukhoe: [
		'Raw beef cut into thin strips and seasoned, often with pear and egg yolk. The North calls it 소고기회 ("beef hoe").',
		'날소고기를 가늘게 썰어 양념한 음식으로, 흔히 배와 달걀노른자를 곁들인다. 북한에서는 「소고기회」라고 한다.'
	],
	bindaetteok: [
		"A pancake of ground mung beans with pork, bean sprouts and kimchi, one of the four Pyongyang dishes. The North calls it 록두지짐 (South press often writes 녹두지짐); the South's names 빈대떡 and 녹두전 are not used there.",
		'간 녹두에 돼지고기, 숙주, 김치 등을 섞어 부친 음식으로, 평양의 4대 음식 가운데 하나이다. 북한에서는 「록두지짐」이라고 하고(남한 언론은 흔히 「녹두지짐」으로 적는다), 남한의 「빈대떡」, 「녹두전」이라는 이름은 쓰지 않는다.'
	],
	charimpyo: [
		'A menu, the list of a restaurant\'s dishes and prices. The North says 료리차림표, adding 료리 (요리 "dish", with the initial ㄹ that South spelling drops).',
		'식당에서 파는 음식의 이름과 값을 적은 표이다. 북한에서는 요리를 뜻하는 「료리」(남한은 두음 법칙으로 「요리」)를 붙여 「료리차림표」라고 한다.'
	],
	naengjanggo: [
		'A refrigerator. The North\'s word is 랭동기 (冷凍機, "freezing machine"), keeping the initial ㄹ that South spelling drops; the dictionary data also lists 랭장창고, which is really a cold-storage warehouse.',
		'음식을 차게 보관하는 기구이다. 북한에서는 두음 법칙 없이 「랭동기」(冷凍機)라고 하며, 통일부 자료의 「랭장창고」는 사실 냉장 창고를 가리킨다.'
	],
	yoritjip: [
		'A restaurant, especially one serving full-course dishes. Both spelling rules apply: the North keeps the initial ㄹ of 料 (료리, South 요리) and writes no 사이시옷, so 요릿집 becomes 료리집.',
		'요리를 만들어 파는 집, 곧 음식점이다. 북한은 두음 법칙을 적용하지 않아 「료리」로 적고 사이시옷도 적지 않으므로, 남한의 「요릿집」이 북한에서는 「료리집」이 된다.'
	],
	'yang-yoritjip': [
		'A Western-style restaurant. Both spelling rules apply: the North writes 료리 for 料理 and no 사이시옷, so 양요릿집 becomes 양료리집.',
		'서양 요리를 파는 음식점이다. 북한은 「료리」로 적고 사이시옷도 적지 않으므로, 남한의 「양요릿집」이 북한에서는 「양료리집」이 된다.'
	],
	naengmyeon: [
		'Buckwheat or starch noodles served in chilled broth or with a spicy dressing. The North writes 랭면, keeping the ㄹ of 冷 that South spelling drops; the native 찬국수 is listed beside it, and in everyday speech cold noodles are often simply called 국수.',
		'메밀이나 녹말로 뽑은 국수를 차가운 국물에 말거나 양념에 비벼 먹는 음식이다. 북한은 두음 법칙을 적용하지 않아 「랭면」으로 적으며, 고유어 「찬국수」도 함께 쓰고 일상에서는 흔히 그냥 「국수」라고 한다.'
	]
};

build();
