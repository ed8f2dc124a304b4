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
import type { Category, Confidence, Difference, NameSide, NameStatus, Region, Relation } from '../src/lib/vocabulary';

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
	if (header.join(',') !== 'south_hangul,north_hangul,english_gloss,category,difference,hanja,region,notes,sources,confidence')
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
			sources: c[8]!.split(' ; ').map((s) => s.trim()).filter(Boolean),
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
	냉면: 'naengmyeon', 온면: 'onmyeon', 라면: 'ramyeon', 컵라면: 'keop-ramyeon', 국숫발: 'guksutbal',
	칼국수: 'kalguksu', 메밀국수: 'memil-guksu', 우동: 'udong', '국수사리 (추가)': 'guksu-sari',
	쟁반국수: 'jaengban-guksu', 찌개: 'jjigae', 감자찌개: 'gamja-jjigae', 수제비: 'sujebi', 북엇국: 'bugeotguk',
	만둣국: 'mandutguk', 김칫국: 'kimchitguk', 냉잇국: 'naengitguk', 순댓국: 'sundaetguk', 냉국: 'naengguk',
	냉채: 'naengchae', 개장국: 'gaejangguk', 육개장: 'yukgaejang', 삼계탕: 'samgyetang', 내장탕: 'naejangtang',
	콩국: 'kongguk', 용봉탕: 'yongbongtang', 추어탕: 'chueotang', 전골: 'jeongol',
	대동강숭엇국: 'daedonggang-sungeotguk', 평양온반: 'pyeongyang-onban', 함흥갈비국밥: 'hamheung-galbi-gukbap',
	개성무찜: 'gaeseong-mujjim', 초계탕: 'chogyetang', 어복쟁반: 'eobok-jaengban', 쌀밥: 'ssalbap', 멥쌀: 'mepssal',
	누룽지: 'nurungji', 도시락: 'dosirak', 주먹밥: 'jumeokbap', 볶음밥: 'bokkeumbap', 비빔밥: 'bibimbap',
	평양비빔밥: 'pyeongyang-bibimbap', 해주비빔밥: 'haeju-bibimbap', 오므라이스: 'omeuraiseu', 옥수수밥: 'oksusubap',
	잡곡밥: 'japgokbap', 약밥: 'yakbap', 두부밥: 'dububap', 인조고기밥: 'injogogi-bap', 김치: 'kimchi',
	섞박지: 'seokbakji', 오이소박이: 'oi-sobagi', 장아찌: 'jangajji', 달걀말이: 'dalgyal-mari', 달걀찜: 'dalgyal-jjim',
	달걀부침: 'dalgyal-buchim', 어묵: 'eomuk', 부침개: 'buchimgae', 빈대떡: 'bindaetteok', 녹두전: 'bindaetteok',
	족발: 'jokbal', 곱창: 'gopchang', 생선회: 'saengseon-hoe', 육회: 'yukhoe', 새우젓: 'saeujeot',
	명란젓: 'myeongnanjeot', 창난젓: 'changnanjeot', 소시지: 'sosiji', 장조림: 'jangjorim', 김부각: 'gim-bugak',
	순대: 'sundae', 명태순대: 'myeongtae-sundae', 아바이순대: 'abai-sundae', 가자미식해: 'gajami-sikhae',
	영채김치: 'yeongchae-kimchi', 회냉면: 'hoe-naengmyeon', 함흥냉면: 'hamheung-naengmyeon',
	평양냉면: 'pyeongyang-naengmyeon', 옥수수국수: 'oksusu-guksu', 언감자국수: 'eongamja-guksu',
	조랭이떡국: 'joraengi-tteokguk', 개성편수: 'gaeseong-pyeonsu', 개성주악: 'gaeseong-juak', 노티: 'noti',
	속도전떡: 'sokdojeon-tteok', 펑펑이떡: 'peongpeongi-tteok', 안주: 'anju', 북어: 'bugeo',
	마른오징어: 'mareun-ojingeo', 땅콩: 'ttangkong', 낙화생: 'nakhwasaeng', 맥주: 'maekju',
	대동강맥주: 'daedonggang-maekju', 맥줏집: 'maekjutjip', 생맥주: 'saengmaekju', 캔맥주: 'kaen-maekju',
	건배: 'geonbae', 소주: 'soju', 막걸리: 'makgeolli', 감홍로: 'gamhongno', '강냉이 (뻥튀기)': 'gangnaengi',
	팝콘: 'papkon', 튀밥: 'twibap', 감자튀김: 'gamja-twigim', 햄버거: 'haembeogeo', 와플: 'wapeul',
	핫도그: 'hatdogeu', 피자: 'pija', 패스트푸드: 'paeseuteu-pudeu', 군만두: 'gunmandu', 도넛: 'doneot',
	아이스크림: 'aiseukeurim', 하드: 'hadeu', 빙수: 'bingsu', 젤리: 'jelli', 양갱: 'yanggaeng', 잼: 'jaem',
	시럽: 'sireop', 찐빵: 'jjinppang', 카스텔라: 'kaseutella', 전병: 'jeonbyeong', 캐러멜: 'kaereomel',
	초콜릿: 'chokollit', 증편: 'jeungpyeon', 백설기: 'baekseolgi', 약과: 'yakgwa', 주스: 'juseu',
	탄산음료: 'tansan-eumnyo', 단물: 'danmul', 콜라: 'kolla', 녹차: 'nokcha', 냉차: 'naengcha', 포도주: 'podoju',
	과실주: 'gwasilju', 인삼주: 'insamju', 샴페인: 'syampein', 보드카: 'bodeuka', 레모네이드: 'remoneideu',
	요구르트: 'yogureuteu', 달걀: 'dalgyal', 채소: 'chaeso', 야채: 'chaeso', 양배추: 'yangbaechu', 양파: 'yangpa',
	상추: 'sangchu', 피망: 'pimang', 토마토: 'tomato', 옥수수: 'oksusu', 찰옥수수: 'chal-oksusu',
	옥수수기름: 'oksusu-gireum', 귀리: 'gwiri', 무: 'mu', 녹말: 'nongmal', 전분: 'nongmal', 감자녹말: 'gamja-nongmal',
	엿기름: 'yeotgireum', 녹두: 'nokdu', 연근: 'yeongeun', 연뿌리: 'yeongeun', 연어: 'yeoneo', 연유: 'yeonyu',
	우유: 'uyu', 분유: 'bunyu', 버터: 'beoteo', 개고기: 'gaegogi', 삼겹살: 'samgyeopsal', 거위: 'geowi',
	오징어: 'ojingeo', 낙지: 'nakji', 갑오징어: 'gabojingeo', 가자미: 'gajami', 도루묵: 'dorumuk',
	임연수어: 'imyeonsueo', 바지락: 'bajirak', 가리비: 'garibi', 대하: 'daeha', 복어: 'bogeo',
	표고버섯: 'pyogo-beoseot', 질경이: 'jilgyeongi', 건포도: 'geonpodo', 들기름: 'deulgireum', 깻잎: 'kkaennip',
	명태: 'myeongtae', 두부: 'dubu', 통조림: 'tongjorim', 설탕: 'seoltang', 화학조미료: 'hwahak-jomiryo',
	청국장: 'cheonggukjang', 맛소금: 'matsogeum', 고춧가루: 'gochutgaru', 양념간장: 'yangnyeom-ganjang',
	양조간장: 'yangjo-ganjang', 초고추장: 'cho-gochujang', 볶은고추장: 'bokkeun-gochujang', 고명: 'gomyeong',
	젓가락: 'jeotgarak', 나무젓가락: 'namu-jeotgarak', 프라이팬: 'peuraipaen', 전기밥솥: 'jeongi-bapsot',
	냉장고: 'naengjanggo', 냉동실: 'naengdongsil', 전자레인지: 'jeonja-reinji', 설거지: 'seolgeoji', 컵: 'keop',
	찻잔: 'chatjan', 찻집: 'chatjip', 김칫독: 'kimchitdok', 차림표: 'charimpyo', 요리: 'yori', 요리사: 'yorisa',
	양요리: 'yang-yori', 조림: 'jorim', 튀김: 'twigim', 훈제: 'hunje', 볶다: 'bokda', 봉사: 'bongsa',
	종업원: 'jongeobwon', 배춧국: 'baechutguk', 근댓국: 'geundaetguk', 넙칫국: 'neopchitguk', 고빗국: 'gobitguk',
	다시맛국: 'dasimatguk', 겟국: 'getguk', 촛국: 'chotguk', 챗국: 'chaetguk', 찻물: 'chanmul', 찻잎: 'channip',
	찻숟갈: 'chatsutgal', 찻종: 'chatjong', 찻종지: 'chatjongji', 찻장: 'chatjang', 국숫집: 'guksutjip',
	후춧가루: 'huchutgaru', 겨잣가루: 'gyeojatgaru', 단촛물: 'danchonmul', 김칫소: 'kimchitso',
	김칫돌: 'kimchitdol', 깻묵: 'kkaenmuk', 참깻묵: 'chamkkaenmuk', 깻묵장: 'kkaenmukjang',
	깻잎장아찌: 'kkaennip-jangajji', 깻잎절임: 'kkaennip-jeorim', 들깻잎찜: 'deulkkaennip-jjim', 제삿밥: 'jesatbap',
	잔칫상: 'janchitsang', 가맛밥: 'gamatbap', 한가맛밥: 'hangamatbap', 눈칫밥: 'nunchitbap', 댓잎술: 'daennipsul',
	방앗간: 'bangatgan', 푸줏간: 'pujutgan', 한뎃솥: 'handetsot', 한뎃부엌: 'handetbueok', 목젓가락: 'mokjeotgarak',
	맷돌: 'maetdol', 우뭇가사리: 'umutgasari', 고깃점: 'gogitjeom', 고깃결: 'gogitgyeol', 요릿집: 'yoritjip',
	양요릿집: 'yang-yoritjip', 요리법: 'yoribeop', 요리점: 'yorijeom', 요리하다: 'yorihada', 찬요리: 'chan-yori',
	청요리: 'cheong-yori', 냉동: 'naengdong', 냉동하다: 'naengdonghada', 냉동고: 'naengdonggo',
	냉동품: 'naengdongpum', 냉동어: 'naengdongeo', 냉장: 'naengjang', 냉장하다: 'naengjanghada',
	냉장실: 'naengjangsil', 냉과자: 'naenggwaja', 냉수: 'naengsu', 냉반: 'naengban',
	닭고기냉채: 'dakgogi-naengchae', 해삼냉채: 'haesam-naengchae', 녹두주: 'nokduju', 연밥: 'yeonbap',
	연밥죽: 'yeonbapjuk', 연자죽: 'yeonjajuk', 연자육: 'yeonjayuk', 연엽주: 'yeonyeopju',
	연엽대접: 'yeonyeop-daejeop', 연엽주발: 'yeonyeop-jubal', 연엽반상: 'yeonyeop-bansang', 율자죽: 'yuljajuk',
	이화주: 'ihwaju', 이별주: 'ibyeolju', 육쪽마늘: 'yukjjok-maneul', 육식: 'yuksik', 용미봉탕: 'yongmibongtang',
	용안: 'yongan', 용안육: 'yonganyuk', 난황: 'nanhwang', 난백: 'nanbaek', 낙농: 'nangnong', 양곡: 'yanggok',
	양식: 'yangsik', 양식쌀: 'yangsikssal', 양조: 'yangjo', 맥아: 'maega', 귀리떡: 'gwiri-tteok',
	무지개송어: 'mujigae-songeo', 소독저: 'sodokjeo'
};

/** Rows whose TSV hanja belongs only to one side (default: both, as the same Sino-Korean word). */
const HANJA_SIDE: Record<string, 'south' | 'north'> = {
	온면: 'south', 육개장: 'south', 삼계탕: 'south', 내장탕: 'south', 생선회: 'south', 육회: 'south',
	명란젓: 'south', 빙수: 'south', 양갱: 'south', 전병: 'south', 포도주: 'south', 과실주: 'south',
	인삼주: 'south', 야채: 'south', 연유: 'south', 우유: 'south', 분유: 'south', 대하: 'south', 건포도: 'south',
	청국장: 'south', 양조간장: 'south', 훈제: 'south', 맥아: 'south', 건배: 'south', 녹말: 'south',
	전분: 'south', 감자녹말: 'south', 임연수어: 'south', 녹두전: 'south',
	라면: 'north', 새우젓: 'north', 패스트푸드: 'north', 군만두: 'north', 찐빵: 'north', 캐러멜: 'north',
	탄산음료: 'north', 요구르트: 'north', 피망: 'north', 설탕: 'north', 양념간장: 'north', 종업원: 'north',
	무지개송어: 'north', 소독저: 'north', 캔맥주: 'north', 낙지: 'north', 차림표: 'north', 빈대떡: 'north',
	'약과/약과자': 'north', '양파/옥파': 'north', '전기밥솥/자동밥가마': 'north'
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

/** Names taken from the TSV notes (never invented: each is named in the row's notes or cells). */
const EXTRA: Record<string, Extra[]> = {
	naengmyeon: [
		{ side: 'north', hangul: '국수', status: 'colloquial', note: 'in everyday North speech cold noodles are often simply called 국수', sources: [IMAEIL02] }
	],
	ramyeon: [
		{ side: 'north', hangul: '봉지즉석국수', status: 'alias', note: 'the bag type (cup type: 그릇즉석국수)', sources: ['imaeil-2001-ramyeon', 'wikitree-308323', 'peterjuninfo-ramyeon'] },
		{ side: 'north', hangul: '라면', status: 'colloquial', note: '라면 is also heard colloquially', sources: ['imaeil-2001-ramyeon', 'wikitree-308323', 'peterjuninfo-ramyeon'] }
	],
	'keop-ramyeon': [{ side: 'north', hangul: '고뿌라면', status: 'colloquial', note: 'colloquial; 고뿌 = cup' }],
	kalguksu: [
		{ side: 'north', hangul: '제비국', status: 'alias', note: null },
		{ side: 'north', hangul: '밀제비국', status: 'alias', note: null },
		{ side: 'north', hangul: '칼제비', status: 'alias', note: 'one press report; the same report says even 수제비 is used for this dish', sources: [IMAEIL02] }
	],
	bugeotguk: [{ side: 'north', hangul: '마른명태국', status: 'alias', note: 'built on 마른명태 (dried pollock)' }],
	gaejangguk: [{ side: 'north', hangul: '단고기장국', status: 'alias', note: 'the name used by restaurants (e.g. 의암단고기장국집)', sources: ['dailynk-pyongyang-dangogi'] }],
	yongbongtang: [{ side: 'north', hangul: '닭잉어탕', status: 'alias', note: 'descriptive name (chicken + carp)', sources: [MOU] }],
	'daedonggang-sungeotguk': [
		{ side: 'north', hangul: '숭어국', status: 'alias', note: 'short name used in DPRK texts', sources: ['naenara-sungeoguk', 'tongil-magazine-sungeoguk'] }
	],
	dosirak: [{ side: 'north', hangul: '벤또', status: 'colloquial', note: 'a 2000s defector account says many people still say 벤또 in daily speech', sources: ['joongang-nk-faq'] }],
	bokkeumbap: [
		{ side: 'north', hangul: '기름밥', status: 'disputed', note: 'claimed by online lists; DPRK-registered dishes are named …볶음밥 and 기름밥 is reportedly defined separately', sources: ['huarenca-forum'] }
	],
	bibimbap: [{ side: 'north', hangul: '교반', status: 'alias', note: 'dictionary synonym only, not the everyday word', hanja: '攪飯', sources: [MOU] }],
	'haeju-bibimbap': [{ side: 'both', hangul: '해주교반', status: 'alias', note: 'also called 해주교반' }],
	omeuraiseu: [
		{ side: 'north', hangul: '옴레트라이스', status: 'alias', note: null, sources: [MOU] },
		{ side: 'north', hangul: '닭알씌움밥', status: 'disputed', note: 'appears only in online lists', sources: ['namuwiki-munhwaeo-vocab'] }
	],
	yakbap: [{ side: 'both', hangul: '약식', status: 'alias', note: 'also 약식 in both', hanja: '藥食' }],
	seokbakji: [
		{ side: 'north', hangul: '석박김치', status: 'alias', note: 'North dictionary form', sources: [MOU] },
		{ side: 'north', hangul: '써레기', status: 'alias', note: 'also 써레기김치', sources: [MOU] },
		{ side: 'north', hangul: '막김치', status: 'alias', note: null, sources: [MOU] }
	],
	jangajji: [{ side: 'north', hangul: '자짠지', status: 'alias', note: 'dictionary form', sources: [MOU] }],
	'saengseon-hoe': [{ side: 'north', hangul: '고기회', status: 'alias', note: null, sources: [MOU] }],
	myeongnanjeot: [
		{ side: 'north', hangul: '명란젓', status: 'alias', note: 'seen on a Hamgyong restaurant menu in Pyongyang (South blog), so both may occur', hanja: '明卵-', sources: ['aladin-blog-hamgyong-menu'] }
	],
	changnanjeot: [{ side: 'north', hangul: '창란젓', status: 'disputed', note: 'CONFLICT: a South blog reports 창란젓 in the North, against the dictionary-data 명태밸젓', sources: ['aladin-blog-hamgyong-menu'] }],
	sosiji: [{ side: 'north', hangul: '고기순대', status: 'alias', note: 'dictionary form', sources: [MOU] }],
	jangjorim: [{ side: 'north', hangul: '고기졸임', status: 'alias', note: null, sources: [MOU] }],
	'gajami-sikhae': [{ side: 'north', hangul: '가재미식혜', status: 'alias', note: 'DPRK outlets write both 가재미식혜 and 가재미식해', sources: [MOU, 'hankyung-2021-myeongyori', 'mt-2020-naenara-hamgyong'] }],
	'hamheung-naengmyeon': [{ side: 'north', hangul: '감자농마국수', status: 'alias', note: 'full name: potato-starch noodles' }],
	'saengmaekju': [{ side: 'north', hangul: '날맥주', status: 'alias', note: 'dictionary data; reports on Pyongyang outlets use 생맥주', sources: [MOU] }],
	geonbae: [
		{ side: 'north', hangul: '축배', status: 'current', note: 'writers report 건배 marks a speaker as Southern and 축배 is said instead', hanja: '祝杯', sources: ['tudor-kim-2018-ask-a-north-korean', 'roads-and-kingdoms-2017-hoegaarden'], first: true }
	],
	makgeolli: [{ side: 'north', hangul: '탁배기', status: 'alias', note: 'listed in the dictionary data; DPRK reports on 막걸리 contests use 막걸리', sources: [MOU] }],
	gangnaengi: [
		{ side: 'south', hangul: '뻥튀기', status: 'alias', note: null },
		{ side: 'north', hangul: '강냉이과자', status: 'alias', note: null }
	],
	twibap: [{ side: 'north', hangul: '튀기', status: 'alias', note: 'also plain 튀기; sold as 튀기 과자 in Pyongyang kiosks' }],
	haembeogeo: [
		{ side: 'north', hangul: '버거', status: 'current', note: 'menus now show 버거', attested: '2024', sources: ['etoday-2024-burger'] },
		{ side: 'north', hangul: '함버거', status: 'alias', note: 'in 2011 Kim Jong Il reportedly ordered 함버거', attested: '2011', sources: ['donga-2011-12-11-western-food'] },
		{ side: 'north', hangul: '고기겹빵', status: 'dated', note: 'coinage used in 2004 press', attested: '2004', sources: ['voa-2004-hamburger'] },
		{ side: 'north', hangul: '고기곁빵', status: 'dated', note: 'spelling in a 2002 press list', attested: '2002', sources: [IMAEIL02] },
		{ side: 'north', hangul: '다진소고기와 빵', status: 'dated', note: 'on a 2009 menu', attested: '2009', sources: ['krnews21-57654'] }
	],
	wapeul: [
		{ side: 'north', hangul: '워흘', status: 'current', note: 'reportedly replaced 구운빵지짐 in 2011', attested: '2011', sources: ['donga-2011-12-11-western-food'] },
		{ side: 'north', hangul: '구운빵지짐', status: 'dated', note: 'coinage of 2009', attested: '2009', sources: ['krnews21-57654'] }
	],
	pija: [{ side: 'north', hangul: '종합지짐', status: 'colloquial', note: 'reported colloquial name, also 이태리 종합지짐', sources: ['chosun-2014-pizza'] }],
	aiseukeurim: [{ side: 'north', hangul: '아이스크림', status: 'alias', note: 'soft ice cream is also called 아이스크림 now', sources: ['news1-2022-eskimo'] }],
	bingsu: [{ side: 'north', hangul: '단얼음', status: 'alias', note: null }],
	kaseutella: [{ side: 'north', hangul: '설기빵', status: 'alias', note: null }],
	kaereomel: [{ side: 'north', hangul: '젖기름사탕', status: 'alias', note: null }],
	jeungpyeon: [
		{ side: 'north', hangul: '상하떡', status: 'alias', note: null },
		{ side: 'south', hangul: '술떡', status: 'colloquial', note: 'South colloquial name, not used in the North' }
	],
	juseu: [{ side: 'north', hangul: '과실단물', status: 'alias', note: null, sources: [MOU, 'nikl-urimal365-12112'] }],
	nokcha: [{ side: 'north', hangul: '푸른차', status: 'alias', note: 'native alternative', sources: [MOU] }],
	naengcha: [{ side: 'north', hangul: '찬단물', status: 'alias', note: null, sources: [MOU] }],
	dalgyal: [{ side: 'both', hangul: '계란', status: 'alias', note: '계란 exists in both', hanja: '鷄卵' }],
	yangbaechu: [{ side: 'north', hangul: '가두배치', status: 'alias', note: 'variant in some accounts', sources: ['yms97-nokdujijim'] }],
	yangpa: [{ side: 'north', hangul: '호총', status: 'alias', note: 'also listed in the Ministry data', sources: [MOU] }],
	yeonyu: [{ side: 'north', hangul: '련유', status: 'alias', note: 'Sino-Korean form', hanja: '煉乳', sources: [MOU] }],
	uyu: [{ side: 'north', hangul: '우유', status: 'alias', note: '우유 is also used; North dictionary definitions use 소젖', hanja: '牛乳' }],
	jumeokbap: [{ side: 'north', hangul: '주먹밥', status: 'alias', note: '주먹밥 is also used in the North' }],
	bunyu: [
		{ side: 'north', hangul: '가루젖', status: 'alias', note: 'lists vary', sources: [MOU, 'daum-cafe-rkop-315'] },
		{ side: 'north', hangul: '가루소젖', status: 'alias', note: 'lists vary', sources: [MOU, 'daum-cafe-rkop-315'] }
	],
	gabojingeo: [
		{ side: 'north', hangul: '호드기', status: 'disputed', note: 'the Ministry data maps 참오징어 (another South name for this cuttlefish) to 호드기', sources: [MOU] }
	],
	'yangjo-ganjang': [{ side: 'north', hangul: '발효간장', status: 'alias', note: null, sources: [MOU] }],
	'bokkeun-gochujang': [{ side: 'north', hangul: '장볶이', status: 'alias', note: null, sources: [MOU] }],
	gomyeong: [{ side: 'north', hangul: '국수꾸미', status: 'alias', note: 'the meat topping on noodles', sources: ['dailynk-neungra-guksu'] }],
	bindaetteok: [{ side: 'south', hangul: '녹두지짐', status: 'alias', note: 'South press spelling of the North name', sources: [IMAEIL02] }]
};

/** Per-row overrides of the note on the row's North (or both) name; null to drop. */
const ROW_NOTE: Record<string, string | null> = {};

/** Name order/status overrides for rows: key "south/north". */
const ROW_STATUS: Record<string, { status: NameStatus; note?: string | null; attested?: string | null }> = {
	'냉면/찬국수': { status: 'alias', note: 'native alternative listed beside 랭면' },
	'아이스크림/얼음보숭이': {
		status: 'dated',
		note: 'in the 1981 현대조선말사전 only, dropped from the 1992 조선말대사전; not in current use despite popular lists',
		attested: '1981–1992'
	},
	'국숫발/국수발': { status: 'alias', note: 'spelling without 사이시옷; the native word is 국수오리' },
	'약과/약과': { status: 'current', note: 'also used in the North' },
	'건배/쭉 냅시다': { status: 'current', note: 'given in a textbook list' }
};

/** Entry-level overrides. */
const ENTRY: Record<string, Partial<Pick<SeedEntry, 'english' | 'difference' | 'category' | 'regions'>>> = {
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
	['mareun-ojingeo', 'false-friend', 'nakji'],
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
	['yeonbapjuk', 'broader', 'yeonbap']
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
			if (prev !== undefined && prev !== u) throw new Error(`source ${k} matches two URLs: ${prev} / ${u}`);
			urlOf.set(k, u);
		}
	const entries: SeedEntry[] = [];
	const rank = { high: 0, medium: 1, low: 2 } as const;

	for (const [slug, group] of groups) {
		const rowsSorted = [...group].sort((a, b) => rank[a.confidence] - rank[b.confidence] || a.line - b.line);
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
			const sameWord = r.difference === 'same' || (r.south === r.north && r.difference !== 'meaning-shift');
			if (sameWord) {
				add(bothNames, {
					side: 'both', hangul: r.north, hanja, status: over?.status ?? lowStatus,
					note: over?.note !== undefined ? over.note : rowNote, attested: over?.attested ?? null, sources: [...srcs]
				});
				continue;
			}
			const isMergedSouth = southNames.length > 0 && !southNames.some((n) => n.hangul === southForm);
			add(southNames, {
				side: 'south', hangul: southForm, hanja: southHanja, status: isMergedSouth ? 'current' : 'current',
				note: null, attested: null, sources: [...srcs]
			});
			for (const nf of northForms) {
				add(northNames, {
					side: 'north', hangul: nf, hanja: northHanja, status: over?.status ?? lowStatus,
					note: over?.note !== undefined ? over.note : rowNote, attested: over?.attested ?? null, sources: [...srcs]
				});
			}
		}
		for (const x of EXTRA[slug] ?? []) {
			const srcs = x.sources ?? keyOf(main);
			srcs.forEach((s) => usedSources.add(s));
			const n: SeedName = {
				side: x.side, hangul: x.hangul, hanja: x.hanja ?? null, status: x.status, note: x.note,
				attested: x.attested ?? null, sources: [...srcs]
			};
			const list = x.side === 'south' ? southNames : x.side === 'north' ? northNames : bothNames;
			if (x.first) list.unshift(n);
			else list.push(n);
		}
		// a "same" row merged with a lexical row (약과/약과자): the North-only names come first
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
			description: text?.[0] ?? templateEn(main, difference, english),
			descriptionKo: text?.[1] ?? templateKo(main, difference),
			difference,
			confidence: main.confidence,
			names,
			related: []
		});
	}

	// relations
	const bySlug = new Map(entries.map((e) => [e.slug, e]));
	for (const [a, rel, b] of RELATED) {
		const e = bySlug.get(a);
		if (!e || !bySlug.has(b)) throw new Error(`relation ${a} ${rel} ${b}: unknown slug`);
		e.related.push({ slug: b, relation: rel });
	}
	entries.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));

	const sources: SeedSource[] = SOURCES.filter((s) => usedSources.has(s.key)).map((s) => ({
		key: s.key, citation: s.citation, url: s.url === '' ? (urlOf.get(s.key) ?? null) : s.url, publisher: s.publisher, year: s.year, reliability: s.reliability
	}));
	const unused = SOURCES.filter((s) => !usedSources.has(s.key)).map((s) => s.key);
	if (unused.length) console.warn('unused sources:', unused.join(', '));

	const manifest = JSON.parse(fs.readFileSync(path.join(SEED, 'photos-manifest.json'), 'utf8')) as {
		images: { file: string; author: string; license: string; license_url: string; source_url: string }[];
	};
	const PHOTO_TEXT: Record<string, { entry: string; altEn: string; altKo: string }> = {
		'naengmyeon-yanbian-style-n509fz.webp': {
			entry: 'naengmyeon',
			altEn: 'A bowl of dark buckwheat noodles in clear cold broth, topped with sliced beef, half a boiled egg, slices of apple or pear, kimchi and sesame seeds (Yanbian-style naengmyeon).',
			altKo: '맑고 차가운 국물에 거무스름한 메밀국수를 담고 편육, 삶은 달걀 반쪽, 사과나 배 조각, 김치, 깨를 얹은 냉면 한 그릇(연변식 물냉면).'
		},
		'sundae-rice-sausage-popo-le-chien.webp': {
			entry: 'sundae',
			altEn: 'Slices of dark blood sausage threaded on wooden skewers at a food stall.',
			altKo: '노점에서 나무 꼬치에 꿰어 파는 검붉은 순대 조각.'
		},
		'dolsot-bibimbap-andy-li.webp': {
			entry: 'bibimbap',
			altEn: 'Hot stone-pot bibimbap seen from above: rice topped with beef, a raw egg yolk, bean sprouts, carrot, courgette, lettuce and sesame seeds.',
			altKo: '위에서 본 돌솥비빔밥: 밥 위에 소고기, 날달걀 노른자, 콩나물, 당근, 애호박, 상추, 깨를 얹었다.'
		}
	};
	const photos: SeedPhoto[] = manifest.images.map((img) => {
		const t = PHOTO_TEXT[img.file];
		if (!t) throw new Error(`no photo text for ${img.file}`);
		return {
			entry: t.entry, file: img.file, author: img.author, license: img.license, licenseUrl: img.license_url,
			sourceUrl: img.source_url, altEn: t.altEn, altKo: t.altKo, width: 1200, height: 900, cropped: true
		};
	});

	const write = (f: string, v: unknown) => fs.writeFileSync(path.join(SEED, f), JSON.stringify(v, null, '\t') + '\n');
	write('sources.json', sources);
	write('entries.json', entries);
	write('photos.json', photos);
	const count = (side: string) => entries.reduce((n, e) => n + e.names.filter((x) => x.side === side).length, 0);
	console.log(`${entries.length} entries, ${sources.length} sources, names: south ${count('south')}, north ${count('north')}, both ${count('both')}`);
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
	if (r.confidence === 'low') return n;
	if (/single|only one|only online|CONFLICT|DOUBTFUL|not confirmed|may be|uncertain|inferred/i.test(n)) return n;
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

function templateEn(r: Row, d: Difference, english: string): string {
	const s = r.south.replace(/\s*\(.*\)$/, '');
	const n = r.north;
	switch (d) {
		case 'initial-sound-law': {
			const [a, b] = firstDiff(s, n);
			return `${sentence(english)} South Korean spelling applies the initial-sound law (두음법칙) and writes ${a}, while North Korean spelling keeps the original ${b}: ${s} in the South, ${n} in the North.`;
		}
		case 'saisiot':
			return `${sentence(english)} The South writes the linking ㅅ (사이시옷) in ${s}; North Korean spelling does not write it, so the North form is ${n}.`;
		case 'same':
			return `${sentence(english)} Both Koreas call it ${n}.`;
		default:
			return `${sentence(english)} Called ${s} in the South and ${n} in the North.`;
	}
}

function templateKo(r: Row, d: Difference): string {
	const s = r.south.replace(/\s*\(.*\)$/, '');
	const n = r.north;
	switch (d) {
		case 'initial-sound-law': {
			const [a, b] = firstDiff(s, n);
			return `남한은 두음 법칙에 따라 '${a}'${eulo(a)} 적어 '${s}'${ira(s)} 하고, 북한은 두음 법칙을 적용하지 않아 '${b}'${eulo(b)} 적어 '${n}'${ira(n)} 한다.`;
		}
		case 'saisiot':
			return `남한은 사이시옷을 받쳐 '${s}'${eulo(s)} 적고, 북한은 사이시옷을 적지 않아 '${n}'${eulo(n)} 적는다.`;
		case 'same':
			return `남북 모두 '${n}'${ira(n)} 한다.`;
		default:
			return `남한에서는 '${s}', 북한에서는 '${n}'${ira(n)} 한다.`;
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
	return { key, match: m, citation, publisher, year, reliability, url: url === undefined ? '' : url };
}

const SOURCES: SourceDef[] = [
	// A — dictionary-grade / official
	src('mou-language-comparison', ['data.go.kr/data/15151340'], '통일부 「남북한 언어비교」 open data (data.go.kr 15151340), read via the API dump in github.com/robo24065-cell/factdoc (북한자료-api/wordCmp.json)', '통일부 (Ministry of Unification)', null, 'A', 'https://www.data.go.kr/data/15151340/openapi.do'),
	src('urimalsaem-north', ['opendict.korean.go.kr'], '우리말샘 북한어 entries, read via the gukhanmun extract (github.com/dahlia/gukhanmun, crates/gukhanmun-opendict/data/north-korean.tsv, snapshot 20260603; CC BY-SA 2.0 KR)', '국립국어원 (National Institute of Korean Language)', null, 'A', 'https://opendict.korean.go.kr/'),
	src('gyeoremal-icecream', 'dic.gyeoremal.or.kr/mean_diff.php?sq=158', '겨레말큰사전 「한눈에 들어오는 남북 언어」: 아이스크림', '겨레말큰사전남북공동편찬사업회', null, 'A', 'http://dic.gyeoremal.or.kr/mean_diff.php?sq=158'),
	src('gyeoremal-gangnaengi', 'dic.gyeoremal.or.kr/mean_diff.php?sq=22', '겨레말큰사전 「한눈에 들어오는 남북 언어」: 강냉이', '겨레말큰사전남북공동편찬사업회', null, 'A', 'http://dic.gyeoremal.or.kr/mean_diff.php?sq=22'),
	src('gyeoremal-tansan-eumnyo', 'dic.gyeoremal.or.kr/mean_diff.php?sq=191', '겨레말큰사전 「한눈에 들어오는 남북 언어」: 탄산음료', '겨레말큰사전남북공동편찬사업회', null, 'A', 'http://dic.gyeoremal.or.kr/mean_diff.php?sq=191'),
	src('kim-taehun-eoreumbosungi', 'nownforever.co.kr/xe/gul_hangul/19601', '김태훈 「북녘말」: 얼음보숭이·에스키모 (Hankyoreh column, mirrored at nownforever.co.kr)', '한겨레 (mirror: nownforever.co.kr)', null, 'A', 'https://nownforever.co.kr/xe/gul_hangul/19601'),
	src('kim-taehun-nakji-ojingeo', 'nownforever.co.kr/xe/gul_hangul/19670', '김태훈 「북녘말」: 낙지와 오징어 (Hankyoreh column, mirrored at nownforever.co.kr)', '한겨레 (mirror: nownforever.co.kr)', null, 'A', 'https://nownforever.co.kr/xe/gul_hangul/19670'),
	src('kim-taehun-dalgal', 'document_srl=19799', '김태훈 「북녘말」: 닭알 (Hankyoreh column, mirrored at nownforever.co.kr)', '한겨레 (mirror: nownforever.co.kr)', null, 'A', 'http://nownforever.co.kr/xe/index.php?document_srl=19799&mid=gul_hangul'),
	src('kim-taehun-namsae', 'document_srl=19564', '김태훈 「북녘말」: 남새 (Hankyoreh column, mirrored at nownforever.co.kr)', '한겨레 (mirror: nownforever.co.kr)', null, 'A', 'http://nownforever.co.kr/xe/index.php?document_srl=19564&mid=gul_hangul'),
	src('kim-taehun-gangnaengi', 'document_srl=19742', '김태훈 「북녘말」: 강냉이 (Hankyoreh column, mirrored at nownforever.co.kr)', '한겨레 (mirror: nownforever.co.kr)', null, 'A', 'http://nownforever.co.kr/xe/index.php?document_srl=19742&mid=gul_hangul'),
	src('nikl-urimal365-12112', 'urimal365.kr', '국립국어원 「쉼표, 마침표」 (과일단물, 단물얼음, 랭동기)', '국립국어원 (National Institute of Korean Language)', null, 'A', 'http://urimal365.kr/index.jsp?control=page&part=view&idx=12112'),
	src('encykorea-daedonggang-sungeotguk', 'encykorea.aks.ac.kr/Article/E0079945', '한국민족문화대백과사전 「대동강숭엇국」', '한국학중앙연구원 (Academy of Korean Studies)', null, 'A'),
	src('encykorea-anju', 'encykorea.aks.ac.kr/Article/E0035012', '한국민족문화대백과사전 「안주」', '한국학중앙연구원 (Academy of Korean Studies)', null, 'A'),
	src('wiktionary-munhwaeo', 'wiktionary.org', '위키낱말사전:문화어 (statement of the 두음법칙 and 사이시옷 differences)', 'Wiktionary (ko)', null, 'B', 'https://ko.m.wiktionary.org/wiki/%EC%9C%84%ED%82%A4%EB%82%B1%EB%A7%90%EC%82%AC%EC%A0%84:%EB%AC%B8%ED%99%94%EC%96%B4'),
	// encyclopedia articles cited second-hand (not read directly)
	src('encykorea-haeju-bibimbap', 'encykorea.aks.ac.kr/Article/E0079943', '한국민족문화대백과사전 「해주비빔밥」 (cited second-hand in github.com/robo24065-cell/factdoc scripts/nk-pick-items.mjs)', '한국학중앙연구원 (Academy of Korean Studies)', null, 'B', 'https://encykorea.aks.ac.kr/Article/E0079943'),
	src('encykorea-myeongtae-sundae', 'encykorea.aks.ac.kr/Article/E0016834', '한국민족문화대백과사전 「명태순대」 (cited second-hand in github.com/robo24065-cell/factdoc scripts/nk-pick-items.mjs)', '한국학중앙연구원 (Academy of Korean Studies)', null, 'B', 'https://encykorea.aks.ac.kr/Article/E0016834'),
	src('encykorea-gaeseong-pyeonsu', 'encykorea.aks.ac.kr/Article/E0059843', '한국민족문화대백과사전 「개성편수」 (cited second-hand in github.com/robo24065-cell/factdoc scripts/nk-pick-items.mjs)', '한국학중앙연구원 (Academy of Korean Studies)', null, 'B', 'https://encykorea.aks.ac.kr/Article/E0059843'),
	// B — DPRK primary sources
	src('kcna-pyongyang-raengmyeon', 'kcna.kp', 'KCNA article on 평양랭면', '조선중앙통신 (KCNA)', null, 'B'),
	src('kimilsung-univ-pyongyang-specialties', 'ryongnamsan.edu.kp', '김일성종합대학 「평양특산물 - 숭어료리」 (대동강숭어국, 평양랭면, 평양비빔밥, 평양온반, 록두지짐)', '김일성종합대학 (Kim Il Sung University)', null, 'B'),
	src('naenara-sungeoguk', 'naenara.com.kp', '내나라 「숭어국」', '내나라 (Naenara)', null, 'B'),
	src('cooks-org-hamgyong', 'cooks.org.kp/kp/index.php/first/cooking_introduction/6/2/36', '조선료리협회 「함경도지방의 료리」', '조선료리협회 (cooks.org.kp)', null, 'B'),
	src('cooks-org-gaeseong-pyeonsu', 'cooks.org.kp/kp/index.php/first/cooking_culture/2/19/38', '조선료리협회 — 개성 편수', '조선료리협회 (cooks.org.kp)', null, 'B'),
	src('lampcook-north-2-3', 'idx_no=2-3', 'lampcook.com repost of a DPRK regional-cuisine text (2-3: Pyongan — 노치, 초계탕)', 'lampcook.com', null, 'B'),
	src('lampcook-north-2-11', 'idx_no=2-11', 'lampcook.com repost of a DPRK regional-cuisine text (2-11: Kaesong — 편수, 추어탕, 약밥)', 'lampcook.com', null, 'B'),
	src('lampcook-north-1686', 'idx_no=1686', 'lampcook.com repost of a DPRK regional-cuisine text (food_north_view 1686: 조랭이떡국, 우메기, 편수, 약밥)', 'lampcook.com', null, 'B'),
	src('arirang-meari-eongamja-guksu', 'kcnawatch.co', 'Arirang Meari via KCNA Watch — 옥류관에서 특색있는 언감자국수를 봉사', '아리랑메아리 (via KCNA Watch)', null, 'B'),
	src('dprktoday-nokdujijim', 'hanseattle1.com', 'dprktoday repost (hanseattle1.com) — 록두지짐, 대동강숭어국', '조선의 오늘 (dprktoday), repost', null, 'B'),
	src('huffpost-okryugwan', 'huffingtonpost.kr', 'HuffPost Korea — Okryu-gwan technician on 평양랭면 (quoting 통일신보)', 'HuffPost Korea', null, 'B'),
	src('hankyung-2021-myeongyori', 'hankyung.com/politics/article/202103205544Y', '한국경제 2021 — 조선신보 list of registered 조선 명요리', '한국경제', '2021', 'B'),
	src('spn-2020-myeongyori', 'spnews.co.kr', 'SPN 서울평양뉴스 2020 — 조선신보 list of registered 조선 명요리', 'SPN 서울평양뉴스', '2020', 'B'),
	src('hankyung-2023-taedonggang', 'hankyung.com/article/202309084734Y', '한국경제 2023 — 대동강맥주 (1–7번)', '한국경제', '2023', 'B'),
	src('dailynk-neungra-guksu', 'EB%A6%89%EB%9D%BC%EA%B5%AD%EC%88%98', 'Daily NK — 北 릉라국수 명요리 등록 (국수오리, 국수꾸미)', 'Daily NK', null, 'B'),
	src('dailynk-pyongyang-dangogi', 'EB%8B%A8%EA%B3%A0%EA%B8%B0', 'Daily NK — 평양 단고기는 의암단고기장국집', 'Daily NK', null, 'B'),
	src('dailynk-pyongyang-beer-halls', 'EB%A7%A5%EC%A3%BC%EC%A7%91', 'Daily NK — 평양 맥주집 (대동강맥주집)', 'Daily NK', null, 'B'),
	src('dailynk-2008-pizza', 'EC%82%90%EC%A7%9C', 'Daily NK 2008 — 천리마 magazine pizza recipe (삐짜, 칼파스, 도마도, 별무리 차집)', 'Daily NK', '2008', 'B'),
	src('donga-2011-12-11-western-food', 'donga.com/news/Inter/article/all/20111211', '동아일보 2011-12-11 — 함버거, 워흘, 호트도그', '동아일보', '2011', 'B'),
	src('donga-2011-12-12-fast-food', 'donga.com/news/Society/article/all/20111212', '동아일보 2011-12-12 — 속성음식', '동아일보', '2011', 'B'),
	// B — established press
	src('imaeil-2002-food-terms', 'imaeil.com/page/view/2002021514302292673', '매일신문 2002 「인사이드-음식용어」', '매일신문', '2002', 'B'),
	src('imaeil-2001-ramyeon', 'imaeil.com/page/view/2001100514540944988', '매일신문 2001 — 북한의 라면 (즉석국수 vs 꼬부랑국수)', '매일신문', '2001', 'B'),
	src('imaeil-2001-nk-dictionary', 'imaeil.com/page/view/2001020214375747036', '매일신문 2001 「북한말 사전」 (가락지빵)', '매일신문', '2001', 'B'),
	src('mudeung-ilbo-2018', 'news.sarangbang.com', '무등일보 2018 — 찬국수, 더운국수, 덧국수, 단물얼음, 단묵, 단졸임, 진단물, 랭동기 (via news.sarangbang.com)', '무등일보', '2018', 'B'),
	src('japantimes-2015-linguistic-gap', 'japantimes.co.jp', 'AP via The Japan Times 2015-03-14 — Examples of linguistic gap between South, North Korea', 'The Japan Times (AP)', '2015', 'B'),
	src('civicnews-bungnyeokmal', 'civicnews.com', '시민사회신문 (civicnews) 「북녘말 남녘말」 — 낙지, 서해낙지, 오징어', 'civicnews', null, 'B'),
	src('joongang-nk-faq', 'joongang.co.kr/article/4123889', '중앙일보 「북한 이것이 궁금해요」 (곽밥 vs 벤또, 입쌀)', '중앙일보', null, 'B'),
	src('nk-chosun-5896', 'nk.chosun.com', '조선일보 NK — 줴기밥', '조선일보', null, 'B'),
	src('voa-2004-hamburger', 'voakorea.com', 'VOA 2004-07-07 — 고기겹빵, 감자튀기', 'VOA (Voice of America) Korean', '2004', 'B'),
	src('etoday-2024-burger', 'etoday.co.kr', '이투데이 2024 — 평양 버거, 생맥주', '이투데이', '2024', 'B'),
	src('chosun-2014-pizza', 'chosun.com/site/data/html_dir/2014/08/27', '조선일보 2014-08-27 — 종합지짐', '조선일보', '2014', 'B'),
	src('digitalchosun-2018-eoreumbosungi', 'digitalchosun.dizzo.com', '디지틀조선 2018 — 얼음보숭이 not in use, 에스키모', '디지틀조선일보', '2018', 'B'),
	src('news1-2022-eskimo', 'v.daum.net/v/20221030070009069', '뉴스1 2022-10-30 (via Daum) — 에스키모, 얼음보숭이', '뉴스1', '2022', 'B'),
	src('asiae-2014-sokdojeon-tteok', 'asiae.co.kr', 'Asia Press via 아시아경제 2014 — 속도전떡', '아시아경제', '2014', 'B'),
	src('rfa-2011-sokdojeon', 'rfa.org', 'RFA 2011 — 속도전떡 (희망 뉴스)', 'RFA (Radio Free Asia) Korean', '2011', 'B'),
	src('fnnews-2019-market-food', 'fnnews.com/ampNews/201909111526277996', '파이낸셜뉴스 2019 — KB경영연구소 on North Korean food (두부밥, 인조고기밥)', '파이낸셜뉴스', '2019', 'B'),
	src('fnnews-2019-fisheries-terms', 'fnnews.com/ampNews/201907221008535351', '파이낸셜뉴스 2019-07-22 — 국립수산과학원 「남·북한 수산 전문 용어 비교집」', '파이낸셜뉴스', '2019', 'B'),
	src('tongilnews-2015-hamgyong', 'tongilnews.com', '통일뉴스 2015 — 함경도 dishes quoting 내나라', '통일뉴스', '2015', 'B'),
	src('mt-2020-naenara-hamgyong', 'mt.co.kr', '뉴스1/머니투데이 2020 — 함경도 dishes quoting 내나라 (가재미식혜, 이면수, 농마국수)', '머니투데이', '2020', 'B'),
	src('korea-net-pyongyang-dishes', 'korean-culture.org', '코리아넷 (korean-culture.org) — the four Pyongyang dishes', '코리아넷 (Korean Culture and Information Service)', null, 'B'),
	src('tvchosun-2015-dangogi', 'tvchosun.com', 'TV조선 2015-10-23 — 단고기', 'TV조선', '2015', 'B'),
	src('seoul-shinmun-2023-soju', 'seoul.co.kr', '서울신문 2023-01-07 — 평양소주', '서울신문', '2023', 'B'),
	// C — secondary press, wiki, defector accounts
	src('sisaweekly-pyongyang-dishes', 'sisaweekly.com', '시사주간 — the four Pyongyang dishes', '시사주간', null, 'C'),
	src('tongil-magazine-sungeoguk', 'unikorea21.com/?p=8377', '통일 magazine 「북한 맛지도」 — 숭어국', '통일 (unikorea21.com)', null, 'C'),
	src('tongil-magazine-gaeseong-mujjim', 'unikorea21.com/?p=8247', '통일 magazine 「북한 맛지도」 — 개성무찜', '통일 (unikorea21.com)', null, 'C'),
	src('busan-dynamic-busan', 'busan.go.kr', '부산시 「다이내믹 부산」 — Northern food (감홍로, 가재미식해, Northern kimchi)', '부산광역시', null, 'C'),
	src('newscj-nongma-guksu', 'newscj.com', '신천지일보 — 농마국수 history', '신천지일보', null, 'C'),
	src('kgnews-nongma-guksu', 'kgnews.co.kr', '경기신문 — 농마국수, 신흥관', '경기신문', null, 'C'),
	src('kbs-world-2022-dakkda', 'world.kbs.co.kr', 'KBS World 2022 — 닦다 and winter corn snacks', 'KBS World', '2022', 'C'),
	src('koya-culture-danmul', 'koya-culture.com', 'koya-culture — North/South dictionary senses of 단물', 'koya-culture', null, 'C'),
	src('hankyoreh-2005-beer-hall', 'worldcup2014.hani.co.kr', '한겨레 2005 (mirror) — 대동강 맥주집', '한겨레', '2005', 'C'),
	src('tongil-webzine-beer', 'farmzonesoft.com', '통일 webzine (farmzonesoft) — 떼기식 통맥주 and brewery history', '통일 webzine', null, 'C'),
	src('guardian-2015-ask-a-north-korean', 'theguardian.com', 'The Guardian 2015-12-14 — Ask a North Korean: do you drink?', 'The Guardian', '2015', 'C'),
	src('tudor-kim-2018-ask-a-north-korean', 'Daniel Tudor & Kim Yoo-sung', 'Daniel Tudor & Kim Yoo-sung, Ask a North Korean (Tuttle, 2018), chapter on language', 'Tuttle', '2018', 'C', null),
	src('roads-and-kingdoms-2017-hoegaarden', 'roadsandkingdoms.com', 'Roads & Kingdoms 2017 — Huh, they have Hoegaarden in North Korea ("chook-bae")', 'Roads & Kingdoms', '2017', 'C'),
	src('conpaper-makgeolli', 'conpaper.tistory.com', '연합뉴스 via conpaper — DPRK 막걸리 contest (2015)', '연합뉴스 (repost: conpaper)', '2015', 'C'),
	src('christiandaily-injogogi', 'christiandaily.co.kr', '크리스천데일리 — 인조고기', '크리스천데일리', null, 'C'),
	src('latimes-2017-nk-snacks', 'latimes.com', 'Los Angeles Times 2017-04-24 — North Korean snacks (튀기 과자, 탄산단물)', 'Los Angeles Times', '2017', 'C'),
	src('mentalfloss-words', 'mentalfloss.com', 'Mental Floss — words that differ in North and South Korea', 'Mental Floss', null, 'C'),
	src('kbc-2018-cardnews', 'ikbc.co.kr', 'KBC card news 2018 — 낙지/오징어', 'KBC 광주방송', '2018', 'C'),
	src('krnews21-57654', 'krnews21.co.kr', 'krnews21 — 다진소고기와 빵, 구운빵지짐 (2009 menu)', 'krnews21', null, 'C'),
	src('wikitree-308323', 'wikitree.co.kr', '위키트리 — North Korean everyday words (즉석국수, 닭알)', '위키트리', null, 'C'),
	src('hanintoday-myeongyori', 'hanintoday.com.br', '한인투데이 (Brazil) — repost of the 조선 명요리 list', '한인투데이', null, 'C'),
	src('zum-news-54979456', 'news.zumst.com', 'ZUM news 54979456 — North Korean corn foods (강냉이국수, 속도전떡, 펑펑이떡)', 'ZUM 뉴스', null, 'C'),
	src('nkd-5920', 'nkd.or.kr', 'NK지식인연대 (nkd.or.kr) article 5920 — 펑펑이떡', 'NK지식인연대', null, 'C'),
	src('nktoday-2404', 'nktoday.kr', 'NK투데이 — 조랭이떡국, 우메기', 'NK투데이', null, 'C'),
	src('pluskorea-163402', 'pluskorea.net', '플러스코리아 163402 — 료리, 료리사, 료리차림표', '플러스코리아', null, 'C'),
	src('daum-news-2018-04-06', 'media.daum.net/v/20180406180259811', 'Daum news 2018-04-06 — 평양비빔밥, 아바이순대', 'Daum 뉴스', '2018', 'C'),
	// D — blogs, listicles, forum reposts
	src('namuwiki-munhwaeo-vocab', 'tcatmon.com', '나무위키 「문화어/어휘대조」 (via tcatmon.com mirror)', '나무위키 (mirror)', null, 'D'),
	src('namuwiki-eskimo', 'namu.moe', '나무위키 「에스키모(동음이의어)」 (via namu.moe)', '나무위키 (mirror)', null, 'D'),
	src('yms97-nokdujijim', 'yms-97.tistory.com/entry/%EB%B6%81%ED%95%9C%EC%9D%98-%EC%96%B8%EC%96%B4-%EB%85%B9%EB%91%90%EC%A7%80%EC%A7%90', 'yms-97.tistory.com 「북한의 언어: 녹두지짐」 (blog)', 'yms-97 (Tistory blog)', null, 'D'),
	src('yms97-food-terms', 'yms-97.tistory.com/entry/%EB%B6%81%ED%95%9C%EC%9D%98-%EC%96%B8%EC%96%B4-%EC%9D%8C%EC%8B%9D-%EC%9A%A9%EC%96%B4', 'yms-97.tistory.com 「북한의 언어: 음식 용어」 (blog)', 'yms-97 (Tistory blog)', null, 'D'),
	src('peterjuninfo-ramyeon', 'peterjuninfo.com', 'peterjuninfo.com — North Korean ramyeon (blog)', 'peterjuninfo.com', null, 'D'),
	src('smartsarp-mou-cardnews', 'smartsarp.tistory.com', 'smartsarp.tistory.com — repost of Ministry of Unification card news', 'smartsarp (Tistory blog)', null, 'D'),
	src('ntdtv-language-listicle', 'ntdtv.kr', 'NTD Korea listicle 「이렇게 다를 줄이야… 남북의 언어 차이」 (꼬부랑국수, 코코아단물)', 'NTD Korea', null, 'D'),
	src('huarenca-forum', 'huarenca.com', 'huarenca forum repost (기름밥, 에스키모, 고기떡)', 'huarenca.com forum', null, 'D'),
	src('daum-cafe-rkop-315', 'fldid=RkOP', 'Daum cafe repost — North Korean food words (지지개, 젖가루)', 'Daum cafe', null, 'D'),
	src('daum-cafe-onban', 'fldid=NCQ4', 'Daum cafe repost — 경남대 극동문제연구소 note on 온반 in both dictionaries', 'Daum cafe', null, 'D'),
	src('daum-cafe-dububap', 'fldid=2oS', 'Daum cafe repost — VJ특공대 summary on 두부밥', 'Daum cafe', null, 'D'),
	src('daum-cafe-geumgangsan', 'fldid=KTAr', 'Daum cafe repost — 금강산 travel notes (순대, 명태순대 as anju)', 'Daum cafe', null, 'D'),
	src('aladin-blog-hamgyong-menu', 'blog.aladin.co.kr', 'aladin blog — menu of a Hamgyong restaurant in Pyongyang', 'aladin blog', null, 'D'),
	src('hondoom-beer-review', 'hondoom.com', 'hondoom beer review — 대동강맥주 label (길금)', 'hondoom.com', null, 'D'),
	src('ppakssam-textbook', 'ppakssam.tistory.com', 'ppakssam.tistory.com — textbook summary of North Korean words (쭉 냅시다, 접대원)', 'ppakssam (Tistory blog)', null, 'D'),
	src('pulmuone-blog-3088', 'blog.pulmuone.com', 'Pulmuone blog 3088 — 단묵', 'Pulmuone blog', null, 'D'),
	src('dtoday-265947', 'dtoday.co.kr', 'dtoday card news 265947 — 순대, 단고기장국, 어복쟁반', 'dtoday', null, 'D'),
	src('dt-2018-cardnews', 'dt.co.kr', '디지털타임스 card news 2018-05-02 — 어복쟁반', '디지털타임스', '2018', 'D'),
	src('isan-tistory-1365', 'isan.tistory.com', 'isan.tistory.com 1365 — 룡봉탕 (blog)', 'isan (Tistory blog)', null, 'D'),
	src('streetfoodguy-nk-drinks', 'streetfoodguy.com', 'streetfoodguy — North Korea top 5 drinks and snacks (dried pollock "beer fish")', 'streetfoodguy.com', null, 'D'),
	src('onehows-876', '1hows.com', '1hows.com article 876 — 국수오리, 록두지짐', '1hows.com', null, 'D')
];

const TEXT: Record<string, [string, string]> = {};

build();
