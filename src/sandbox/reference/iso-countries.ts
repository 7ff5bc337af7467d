// Every officially assigned ISO 3166-1 country code, alpha-2 and alpha-3, for the fields that name
// where a person lives, was born or got a document (any country, unlike the payout forms' list).

const ALPHA2 =
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT " +
  "BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH " +
  "ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT " +
  "HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS " +
  "LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI " +
  "NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG " +
  "SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG " +
  "UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

const ALPHA3 =
  "abw afg ago aia ala alb and are arg arm asm ata atf atg aus aut aze bdi bel ben bes bfa bgd bgr bhr " +
  "bhs bih blm blr blz bmu bol bra brb brn btn bvt bwa caf can cck che chl chn civ cmr cod cog cok col " +
  "com cpv cri cub cuw cxr cym cyp cze deu dji dma dnk dom dza ecu egy eri esh esp est eth fin fji flk " +
  "fra fro fsm gab gbr geo ggy gha gib gin glp gmb gnb gnq grc grd grl gtm guf gum guy hkg hmd hnd hrv " +
  "hti hun idn imn ind iot irl irn irq isl isr ita jam jey jor jpn kaz ken kgz khm kir kna kor kwt lao " +
  "lbn lbr lby lca lie lka lso ltu lux lva mac maf mar mco mda mdg mdv mex mhl mkd mli mlt mmr mne mng " +
  "mnp moz mrt msr mtq mus mwi mys myt nam ncl ner nfk nga nic niu nld nor npl nru nzl omn pak pan pcn " +
  "per phl plw png pol pri prk prt pry pse pyf qat reu rou rus rwa sau sdn sen sgp sgs shn sjm slb sle " +
  "slv smr som spm srb ssd stp sur svk svn swe swz sxm syc syr tca tcd tgo tha tjk tkl tkm tls ton tto " +
  "tun tur tuv twn tza uga ukr umi ury usa uzb vat vct ven vgb vir vnm vut wlf wsm yem zaf zmb zwe";

const ALPHA2_CODES = new Set(ALPHA2.split(" "));
const ALPHA3_CODES = new Set(ALPHA3.split(" "));

/** Whether `code` (any case) is an ISO 3166-1 alpha-2 country code ("US"). */
export function isAlpha2Country(code: string): boolean {
  return ALPHA2_CODES.has(code.toUpperCase());
}

/** Whether `code` (any case) is an ISO 3166-1 alpha-3 country code ("usa"). */
export function isAlpha3Country(code: string): boolean {
  return ALPHA3_CODES.has(code.toLowerCase());
}
