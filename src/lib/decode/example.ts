/**
 * The text the /decode page offers as an example: a Pyongyang restaurant menu written in the
 * glossary's Northern names (the first of the test texts in tests/fixtures/decode-texts.ts).
 */
export const DECODE_EXAMPLE_TEXT =
	'오늘의 차림: 평양랭면 한 그릇, 닭알말이와 록두지짐, 단고기국, 남새전, 대동강맥주.';
