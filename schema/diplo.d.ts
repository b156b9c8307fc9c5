/* eslint-disable */
/**
 * TypeScript types of diplo documents: DiploGraph is a whole record
 * (diplo.schema.json), ActorPerson, EventEvent, AccordAccord, ... its nodes.
 * Generated from schema/diplo.schema.json by json-schema-to-typescript
 * (.ci/consumers/gen-typescript); do not edit. A test regenerates it and
 * fails when it differs.
 *
 * The types say what TypeScript can: members, their types and the allowed
 * values of each controlled vocabulary. Patterns, formats, lengths and the
 * rules between fields are the schema's: validate with it (ajv) as well.
 */

/**
 * Identifier is an identifier of a node in an external system: Wikidata, ISO 3166, GeoNames, the UN Treaty Series, GDELT, a URL, or a United Nations document symbol.
 *
 * Schemes, each with an example of its form (the pattern is the alternation of these forms; numbers have no leading zero and at most 18 digits):
 * - wikidata (wikidata:Q7747): Wikidata items: Q followed by a positive number with no leading zero (Q7747 is Vladimir Putin, Q912 is Mali).
 * - iso3166 (iso3166:ML, upper case, a code of diplo.Country): ISO3166 country codes: ISO 3166-1 alpha-2 in upper case (ML), checked against the regions of golang.org/x/text/language. ParseIdentifier and NewIdentifier also accept alpha-3 (MLI) and lower case, and store the alpha-2 code, so that a country has one identifier and one IDFor.
 * - geonames (geonames:524901/): GeoNames feature ids: a positive number (524901 is Moscow). In JSON (MarshalText) the id ends in a slash, "geonames:524901/", so that the JSON-LD context expands it to GeoNames' concept IRI, https://sws.geonames.org/524901/; ParseIdentifier takes it with or without the slash, and the value and String() have none.
 * - unts (unts:I-56789 or unts:II-1234): UNTS registration numbers of the United Nations Treaty Series: I-NNNNN for registered treaties, II-NNNN for those filed and recorded.
 * - gdelt (gdelt:1234567890): GDELT global event ids: a positive number.
 * - url (https://example.org/registry/1, the URL as it is): URL identifiers: an absolute http or https URL that names the thing (an official page, a registry entry). Their text form is the URL itself, with no scheme prefix. ParseIdentifier and NewIdentifier accept "HTTP://" and "Https://" and store the scheme in lower case, its canonical form, so that a URL has one identifier and one IDFor.
 * - undoc (undoc:S/2022/155, a United Nations document symbol without spaces): UNDoc United Nations document symbols: the symbol as the UN writes it, with no space ("S/2022/155", "A/RES/ES-11/1", "S/RES/2623(2022)"): components separated by slashes, the first beginning with a capital (the organ: A, S, E, ST...), each made of letters and digits joined by dots or hyphens ("CN.4", "Add.1"), then optionally a year or session in brackets. In JSON-LD it is https://w3id.org/diplo/id/undoc/ followed by the symbol; the document's page at https://undocs.org/ stays a URL identifier.
 */
export type DiploIdentifier = string;
/**
 * Country is an ISO 3166-1 alpha-2 country code in upper case ("ML"). The enumeration lists the codes diplo accepts, taken from golang.org/x/text/language.
 */
export type DiploCountry =
  | "AC"
  | "AD"
  | "AE"
  | "AF"
  | "AG"
  | "AI"
  | "AL"
  | "AM"
  | "AN"
  | "AO"
  | "AQ"
  | "AR"
  | "AS"
  | "AT"
  | "AU"
  | "AW"
  | "AX"
  | "AZ"
  | "BA"
  | "BB"
  | "BD"
  | "BE"
  | "BF"
  | "BG"
  | "BH"
  | "BI"
  | "BJ"
  | "BL"
  | "BM"
  | "BN"
  | "BO"
  | "BQ"
  | "BR"
  | "BS"
  | "BT"
  | "BU"
  | "BV"
  | "BW"
  | "BY"
  | "BZ"
  | "CA"
  | "CC"
  | "CD"
  | "CF"
  | "CG"
  | "CH"
  | "CI"
  | "CK"
  | "CL"
  | "CM"
  | "CN"
  | "CO"
  | "CP"
  | "CR"
  | "CS"
  | "CT"
  | "CU"
  | "CV"
  | "CW"
  | "CX"
  | "CY"
  | "CZ"
  | "DD"
  | "DE"
  | "DG"
  | "DJ"
  | "DK"
  | "DM"
  | "DO"
  | "DY"
  | "DZ"
  | "EC"
  | "EE"
  | "EG"
  | "EH"
  | "ER"
  | "ES"
  | "ET"
  | "FI"
  | "FJ"
  | "FK"
  | "FM"
  | "FO"
  | "FQ"
  | "FR"
  | "FX"
  | "GA"
  | "GB"
  | "GD"
  | "GE"
  | "GF"
  | "GG"
  | "GH"
  | "GI"
  | "GL"
  | "GM"
  | "GN"
  | "GP"
  | "GQ"
  | "GR"
  | "GS"
  | "GT"
  | "GU"
  | "GW"
  | "GY"
  | "HK"
  | "HM"
  | "HN"
  | "HR"
  | "HT"
  | "HU"
  | "HV"
  | "ID"
  | "IE"
  | "IL"
  | "IM"
  | "IN"
  | "IO"
  | "IQ"
  | "IR"
  | "IS"
  | "IT"
  | "JE"
  | "JM"
  | "JO"
  | "JP"
  | "JT"
  | "KE"
  | "KG"
  | "KH"
  | "KI"
  | "KM"
  | "KN"
  | "KP"
  | "KR"
  | "KW"
  | "KY"
  | "KZ"
  | "LA"
  | "LB"
  | "LC"
  | "LI"
  | "LK"
  | "LR"
  | "LS"
  | "LT"
  | "LU"
  | "LV"
  | "LY"
  | "MA"
  | "MC"
  | "MD"
  | "ME"
  | "MF"
  | "MG"
  | "MH"
  | "MI"
  | "MK"
  | "ML"
  | "MM"
  | "MN"
  | "MO"
  | "MP"
  | "MQ"
  | "MR"
  | "MS"
  | "MT"
  | "MU"
  | "MV"
  | "MW"
  | "MX"
  | "MY"
  | "MZ"
  | "NA"
  | "NC"
  | "NE"
  | "NF"
  | "NG"
  | "NH"
  | "NI"
  | "NL"
  | "NO"
  | "NP"
  | "NQ"
  | "NR"
  | "NT"
  | "NU"
  | "NZ"
  | "OM"
  | "PA"
  | "PC"
  | "PE"
  | "PF"
  | "PG"
  | "PH"
  | "PK"
  | "PL"
  | "PM"
  | "PN"
  | "PR"
  | "PS"
  | "PT"
  | "PU"
  | "PW"
  | "PY"
  | "PZ"
  | "QA"
  | "RE"
  | "RH"
  | "RO"
  | "RS"
  | "RU"
  | "RW"
  | "SA"
  | "SB"
  | "SC"
  | "SD"
  | "SE"
  | "SG"
  | "SH"
  | "SI"
  | "SJ"
  | "SK"
  | "SL"
  | "SM"
  | "SN"
  | "SO"
  | "SR"
  | "SS"
  | "ST"
  | "SU"
  | "SV"
  | "SX"
  | "SY"
  | "SZ"
  | "TA"
  | "TC"
  | "TD"
  | "TF"
  | "TG"
  | "TH"
  | "TJ"
  | "TK"
  | "TL"
  | "TM"
  | "TN"
  | "TO"
  | "TP"
  | "TR"
  | "TT"
  | "TV"
  | "TW"
  | "TZ"
  | "UA"
  | "UG"
  | "UM"
  | "US"
  | "UY"
  | "UZ"
  | "VA"
  | "VC"
  | "VD"
  | "VE"
  | "VG"
  | "VI"
  | "VN"
  | "VU"
  | "WF"
  | "WK"
  | "WS"
  | "XK"
  | "YD"
  | "YE"
  | "YT"
  | "YU"
  | "ZA"
  | "ZM"
  | "ZR"
  | "ZW";
/**
 * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
 */
export type DiploID = string;
/**
 * Claim is a statement about a node that a source makes and others may contradict: one report calls an agreement a framework agreement, another says a commission meets every six months.
 */
export type DiploClaim = (
  | {
      /**
       * @minItems 1
       */
      sources: [unknown, ...unknown[]];
    }
  | {
      /**
       * @minItems 1
       */
      by: [unknown, ...unknown[]];
    }
) &
  (
    | {
        value: {};
      }
    | {
        quantity: unknown;
      }
  ) & {
    /**
     * Property is the field or aspect the claim concerns ("kind", "meetingFrequency").
     */
    property: string;
    value?: DiploText2;
    quantity?: DiploQuantity;
    /**
     * Sources cite Source nodes by ID.
     */
    sources?: DiploID[];
    /**
     * By names the actors the claim is attributed to.
     */
    by?: DiploID[];
    note?: DiploText5;
  };
/**
 * Quantity is the claimed value when it is a number of things or a sum of money.
 */
export type DiploQuantity = {
  /**
   * Type is QuantitativeValue for a count and MonetaryAmount for a sum of money: JSON-LD reads them as schema.org's classes.
   */
  type: "QuantitativeValue" | "MonetaryAmount";
  /**
   * Amount is the number, a decimal with no sign, exponent or leading zero ("23", "1500000000", "0.7").
   */
  amount: string;
  /**
   * Currency is the ISO 4217 code of a sum of money ("USD", "EUR").
   */
  currency?:
    | "ADP"
    | "AED"
    | "AFA"
    | "AFN"
    | "ALK"
    | "ALL"
    | "AMD"
    | "ANG"
    | "AOA"
    | "AOK"
    | "AON"
    | "AOR"
    | "ARA"
    | "ARL"
    | "ARM"
    | "ARP"
    | "ARS"
    | "ATS"
    | "AUD"
    | "AWG"
    | "AZM"
    | "AZN"
    | "BAD"
    | "BAM"
    | "BAN"
    | "BBD"
    | "BDT"
    | "BEC"
    | "BEF"
    | "BEL"
    | "BGL"
    | "BGM"
    | "BGN"
    | "BGO"
    | "BHD"
    | "BIF"
    | "BMD"
    | "BND"
    | "BOB"
    | "BOL"
    | "BOP"
    | "BOV"
    | "BRB"
    | "BRC"
    | "BRE"
    | "BRL"
    | "BRN"
    | "BRR"
    | "BRZ"
    | "BSD"
    | "BTN"
    | "BUK"
    | "BWP"
    | "BYB"
    | "BYN"
    | "BYR"
    | "BZD"
    | "CAD"
    | "CDF"
    | "CHE"
    | "CHF"
    | "CHW"
    | "CLE"
    | "CLF"
    | "CLP"
    | "CNH"
    | "CNX"
    | "CNY"
    | "COP"
    | "COU"
    | "CRC"
    | "CSD"
    | "CSK"
    | "CUC"
    | "CUP"
    | "CVE"
    | "CYP"
    | "CZK"
    | "DDM"
    | "DEM"
    | "DJF"
    | "DKK"
    | "DOP"
    | "DZD"
    | "ECS"
    | "ECV"
    | "EEK"
    | "EGP"
    | "ERN"
    | "ESA"
    | "ESB"
    | "ESP"
    | "ETB"
    | "EUR"
    | "FIM"
    | "FJD"
    | "FKP"
    | "FRF"
    | "GBP"
    | "GEK"
    | "GEL"
    | "GHC"
    | "GHS"
    | "GIP"
    | "GMD"
    | "GNF"
    | "GNS"
    | "GQE"
    | "GRD"
    | "GTQ"
    | "GWE"
    | "GWP"
    | "GYD"
    | "HKD"
    | "HNL"
    | "HRD"
    | "HRK"
    | "HTG"
    | "HUF"
    | "IDR"
    | "IEP"
    | "ILP"
    | "ILR"
    | "ILS"
    | "INR"
    | "IQD"
    | "IRR"
    | "ISJ"
    | "ISK"
    | "ITL"
    | "JMD"
    | "JOD"
    | "JPY"
    | "KES"
    | "KGS"
    | "KHR"
    | "KMF"
    | "KPW"
    | "KRH"
    | "KRO"
    | "KRW"
    | "KWD"
    | "KYD"
    | "KZT"
    | "LAK"
    | "LBP"
    | "LKR"
    | "LRD"
    | "LSL"
    | "LTL"
    | "LTT"
    | "LUC"
    | "LUF"
    | "LUL"
    | "LVL"
    | "LVR"
    | "LYD"
    | "MAD"
    | "MAF"
    | "MCF"
    | "MDC"
    | "MDL"
    | "MGA"
    | "MGF"
    | "MKD"
    | "MKN"
    | "MLF"
    | "MMK"
    | "MNT"
    | "MOP"
    | "MRO"
    | "MTL"
    | "MTP"
    | "MUR"
    | "MVP"
    | "MVR"
    | "MWK"
    | "MXN"
    | "MXP"
    | "MXV"
    | "MYR"
    | "MZE"
    | "MZM"
    | "MZN"
    | "NAD"
    | "NGN"
    | "NIC"
    | "NIO"
    | "NLG"
    | "NOK"
    | "NPR"
    | "NZD"
    | "OMR"
    | "PAB"
    | "PEI"
    | "PEN"
    | "PES"
    | "PGK"
    | "PHP"
    | "PKR"
    | "PLN"
    | "PLZ"
    | "PTE"
    | "PYG"
    | "QAR"
    | "RHD"
    | "ROL"
    | "RON"
    | "RSD"
    | "RUB"
    | "RUR"
    | "RWF"
    | "SAR"
    | "SBD"
    | "SCR"
    | "SDD"
    | "SDG"
    | "SDP"
    | "SEK"
    | "SGD"
    | "SHP"
    | "SIT"
    | "SKK"
    | "SLL"
    | "SOS"
    | "SRD"
    | "SRG"
    | "SSP"
    | "STD"
    | "STN"
    | "SUR"
    | "SVC"
    | "SYP"
    | "SZL"
    | "THB"
    | "TJR"
    | "TJS"
    | "TMM"
    | "TMT"
    | "TND"
    | "TOP"
    | "TPE"
    | "TRL"
    | "TRY"
    | "TTD"
    | "TWD"
    | "TZS"
    | "UAH"
    | "UAK"
    | "UGS"
    | "UGX"
    | "USD"
    | "USN"
    | "USS"
    | "UYI"
    | "UYP"
    | "UYU"
    | "UZS"
    | "VEB"
    | "VEF"
    | "VND"
    | "VNN"
    | "VUV"
    | "WST"
    | "XAF"
    | "XAG"
    | "XAU"
    | "XBA"
    | "XBB"
    | "XBC"
    | "XBD"
    | "XCD"
    | "XDR"
    | "XEU"
    | "XFO"
    | "XFU"
    | "XOF"
    | "XPD"
    | "XPF"
    | "XPT"
    | "XRE"
    | "XSU"
    | "XTS"
    | "XUA"
    | "XXX"
    | "YDD"
    | "YER"
    | "YUD"
    | "YUM"
    | "YUN"
    | "YUR"
    | "ZAL"
    | "ZAR"
    | "ZMK"
    | "ZMW"
    | "ZRN"
    | "ZRZ"
    | "ZWD"
    | "ZWL"
    | "ZWR";
  unit?: DiploText3;
  description?: DiploText4;
} & (
  | {
      type: "QuantitativeValue";
      unit: unknown;
    }
  | {
      type: "MonetaryAmount";
      currency: unknown;
    }
);
/**
 * Qualifier qualifies a Tenure.
 *
 * Values:
 * - acting: Holds the office temporarily in place of its holder.
 * - interim: Holds the office until a regular holder is chosen.
 * - transitional: Holds the office during a political transition, under a transitional charter.
 * - designate: Chosen for the office but not yet in it.
 * - elect: Elected to the office but not yet in it.
 * - disputed: The claim to the office is contested.
 * - non-resident: Holds an envoy's office without residing in the receiving state: accredited from a mission in another state (VCDR art. 5).
 */
export type ActorQualifier =
  "acting" | "interim" | "transitional" | "designate" | "elect" | "disputed" | "non-resident";
/**
 * Topic is a subject: a Domain from the controlled vocabulary, a free-text Label, or both (the domain for analysis, the label in the source's words).
 */
export type DiploTopic = DiploTopic1 & {
  domain?: DiploDomain;
  label?: DiploText16;
};
export type DiploTopic1 =
  | {
      domain: unknown;
    }
  | {
      label: {};
    };
/**
 * Domain is a subject domain of cooperation, of an accord or of talks: a controlled vocabulary shared by events (cooperation sectors, topics) and accords (subject domains).
 *
 * Values:
 * - political-relations: General principles and framework of bilateral or multilateral relations.
 * - trade: Trade in goods and services, customs and tariffs.
 * - economic: Economic cooperation in general.
 * - investment: Promotion and protection of investment.
 * - finance: Finance, banking, payments, debt and taxation.
 * - science-technology: Scientific and technical cooperation and research.
 * - nuclear-energy: Peaceful uses of nuclear energy.
 * - energy: Energy production, supply and infrastructure.
 * - geology: Geological exploration and survey.
 * - natural-resources: Mining, extraction and management of natural resources.
 * - agriculture: Agriculture, food security and fisheries.
 * - industry: Industry and manufacturing.
 * - infrastructure: Construction and infrastructure.
 * - transport: Transport by land, sea and air.
 * - logistics: Logistics and supply chains.
 * - telecommunications: Telecommunications, information technology and the digital economy.
 * - space: Outer space activities.
 * - security: Security, counter-terrorism and policing.
 * - defence: Military and defence cooperation.
 * - arms-control: Arms control, disarmament and non-proliferation.
 * - peace-process: Ceasefires, peace settlements and conflict resolution.
 * - humanitarian: Humanitarian aid and projects.
 * - development: Development assistance.
 * - health: Public health and medicine.
 * - education: Education and training.
 * - culture: Culture and cultural exchange.
 * - sport: Sport.
 * - tourism: Tourism.
 * - environment: Environment and climate.
 * - migration: Migration, visas and consular matters.
 * - justice: Legal assistance, extradition and justice.
 * - human-rights: Human rights.
 * - diplomatic-relations: Establishment, conduct or breaking of diplomatic relations and missions.
 * - institution-building: Creation of joint bodies such as intergovernmental commissions.
 * - media: Media and information.
 * - maritime-affairs: Law of the sea, maritime boundaries and navigation.
 * - territorial-questions: Borders and territory.
 */
export type DiploDomain =
  | "political-relations"
  | "trade"
  | "economic"
  | "investment"
  | "finance"
  | "science-technology"
  | "nuclear-energy"
  | "energy"
  | "geology"
  | "natural-resources"
  | "agriculture"
  | "industry"
  | "infrastructure"
  | "transport"
  | "logistics"
  | "telecommunications"
  | "space"
  | "security"
  | "defence"
  | "arms-control"
  | "peace-process"
  | "humanitarian"
  | "development"
  | "health"
  | "education"
  | "culture"
  | "sport"
  | "tourism"
  | "environment"
  | "migration"
  | "justice"
  | "human-rights"
  | "diplomatic-relations"
  | "institution-building"
  | "media"
  | "maritime-affairs"
  | "territorial-questions";
/**
 * Quantity is a number that a record states as a value rather than in words: the 23 diplomats a state expels, the 1.5 billion US dollars a conference pledges, the 38 parties to a convention.
 */
export type DiploQuantity1 = {
  /**
   * Type is QuantitativeValue for a count and MonetaryAmount for a sum of money: JSON-LD reads them as schema.org's classes.
   */
  type: "QuantitativeValue" | "MonetaryAmount";
  /**
   * Amount is the number, a decimal with no sign, exponent or leading zero ("23", "1500000000", "0.7").
   */
  amount: string;
  /**
   * Currency is the ISO 4217 code of a sum of money ("USD", "EUR").
   */
  currency?:
    | "ADP"
    | "AED"
    | "AFA"
    | "AFN"
    | "ALK"
    | "ALL"
    | "AMD"
    | "ANG"
    | "AOA"
    | "AOK"
    | "AON"
    | "AOR"
    | "ARA"
    | "ARL"
    | "ARM"
    | "ARP"
    | "ARS"
    | "ATS"
    | "AUD"
    | "AWG"
    | "AZM"
    | "AZN"
    | "BAD"
    | "BAM"
    | "BAN"
    | "BBD"
    | "BDT"
    | "BEC"
    | "BEF"
    | "BEL"
    | "BGL"
    | "BGM"
    | "BGN"
    | "BGO"
    | "BHD"
    | "BIF"
    | "BMD"
    | "BND"
    | "BOB"
    | "BOL"
    | "BOP"
    | "BOV"
    | "BRB"
    | "BRC"
    | "BRE"
    | "BRL"
    | "BRN"
    | "BRR"
    | "BRZ"
    | "BSD"
    | "BTN"
    | "BUK"
    | "BWP"
    | "BYB"
    | "BYN"
    | "BYR"
    | "BZD"
    | "CAD"
    | "CDF"
    | "CHE"
    | "CHF"
    | "CHW"
    | "CLE"
    | "CLF"
    | "CLP"
    | "CNH"
    | "CNX"
    | "CNY"
    | "COP"
    | "COU"
    | "CRC"
    | "CSD"
    | "CSK"
    | "CUC"
    | "CUP"
    | "CVE"
    | "CYP"
    | "CZK"
    | "DDM"
    | "DEM"
    | "DJF"
    | "DKK"
    | "DOP"
    | "DZD"
    | "ECS"
    | "ECV"
    | "EEK"
    | "EGP"
    | "ERN"
    | "ESA"
    | "ESB"
    | "ESP"
    | "ETB"
    | "EUR"
    | "FIM"
    | "FJD"
    | "FKP"
    | "FRF"
    | "GBP"
    | "GEK"
    | "GEL"
    | "GHC"
    | "GHS"
    | "GIP"
    | "GMD"
    | "GNF"
    | "GNS"
    | "GQE"
    | "GRD"
    | "GTQ"
    | "GWE"
    | "GWP"
    | "GYD"
    | "HKD"
    | "HNL"
    | "HRD"
    | "HRK"
    | "HTG"
    | "HUF"
    | "IDR"
    | "IEP"
    | "ILP"
    | "ILR"
    | "ILS"
    | "INR"
    | "IQD"
    | "IRR"
    | "ISJ"
    | "ISK"
    | "ITL"
    | "JMD"
    | "JOD"
    | "JPY"
    | "KES"
    | "KGS"
    | "KHR"
    | "KMF"
    | "KPW"
    | "KRH"
    | "KRO"
    | "KRW"
    | "KWD"
    | "KYD"
    | "KZT"
    | "LAK"
    | "LBP"
    | "LKR"
    | "LRD"
    | "LSL"
    | "LTL"
    | "LTT"
    | "LUC"
    | "LUF"
    | "LUL"
    | "LVL"
    | "LVR"
    | "LYD"
    | "MAD"
    | "MAF"
    | "MCF"
    | "MDC"
    | "MDL"
    | "MGA"
    | "MGF"
    | "MKD"
    | "MKN"
    | "MLF"
    | "MMK"
    | "MNT"
    | "MOP"
    | "MRO"
    | "MTL"
    | "MTP"
    | "MUR"
    | "MVP"
    | "MVR"
    | "MWK"
    | "MXN"
    | "MXP"
    | "MXV"
    | "MYR"
    | "MZE"
    | "MZM"
    | "MZN"
    | "NAD"
    | "NGN"
    | "NIC"
    | "NIO"
    | "NLG"
    | "NOK"
    | "NPR"
    | "NZD"
    | "OMR"
    | "PAB"
    | "PEI"
    | "PEN"
    | "PES"
    | "PGK"
    | "PHP"
    | "PKR"
    | "PLN"
    | "PLZ"
    | "PTE"
    | "PYG"
    | "QAR"
    | "RHD"
    | "ROL"
    | "RON"
    | "RSD"
    | "RUB"
    | "RUR"
    | "RWF"
    | "SAR"
    | "SBD"
    | "SCR"
    | "SDD"
    | "SDG"
    | "SDP"
    | "SEK"
    | "SGD"
    | "SHP"
    | "SIT"
    | "SKK"
    | "SLL"
    | "SOS"
    | "SRD"
    | "SRG"
    | "SSP"
    | "STD"
    | "STN"
    | "SUR"
    | "SVC"
    | "SYP"
    | "SZL"
    | "THB"
    | "TJR"
    | "TJS"
    | "TMM"
    | "TMT"
    | "TND"
    | "TOP"
    | "TPE"
    | "TRL"
    | "TRY"
    | "TTD"
    | "TWD"
    | "TZS"
    | "UAH"
    | "UAK"
    | "UGS"
    | "UGX"
    | "USD"
    | "USN"
    | "USS"
    | "UYI"
    | "UYP"
    | "UYU"
    | "UZS"
    | "VEB"
    | "VEF"
    | "VND"
    | "VNN"
    | "VUV"
    | "WST"
    | "XAF"
    | "XAG"
    | "XAU"
    | "XBA"
    | "XBB"
    | "XBC"
    | "XBD"
    | "XCD"
    | "XDR"
    | "XEU"
    | "XFO"
    | "XFU"
    | "XOF"
    | "XPD"
    | "XPF"
    | "XPT"
    | "XRE"
    | "XSU"
    | "XTS"
    | "XUA"
    | "XXX"
    | "YDD"
    | "YER"
    | "YUD"
    | "YUM"
    | "YUN"
    | "YUR"
    | "ZAL"
    | "ZAR"
    | "ZMK"
    | "ZMW"
    | "ZRN"
    | "ZRZ"
    | "ZWD"
    | "ZWL"
    | "ZWR";
  unit?: DiploText3;
  description?: DiploText4;
} & DiploQuantity2;
export type DiploQuantity2 =
  | {
      type: "QuantitativeValue";
      unit: unknown;
    }
  | {
      type: "MonetaryAmount";
      currency: unknown;
    };
/**
 * Characterisation records how someone described an event: the parties called the talks "constructive".
 */
export type EventCharacterisation = EventCharacterisation1 & {
  term: DiploText19;
  /**
   * Tone classifies the term.
   */
  tone?: "positive" | "neutral" | "negative";
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  statement?: string;
  /**
   * Sources cite Source nodes by ID.
   */
  sources?: DiploID[];
  /**
   * By names the actors the claim is attributed to.
   */
  by?: DiploID[];
  note?: DiploText20;
};
export type EventCharacterisation1 =
  | {
      /**
       * @minItems 1
       */
      by: [unknown, ...unknown[]];
    }
  | {
      /**
       * @minItems 1
       */
      sources: [unknown, ...unknown[]];
    }
  | {
      statement: unknown;
    };
/**
 * Statement is something said or published: a quote, remarks, a joint statement, a communiqué, a readout of a call.
 */
export type EventStatement = EventStatement1 & {
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  id: string;
  /**
   * Type is always "Statement" in JSON.
   */
  type?: "Statement";
  /**
   * Kind of statement.
   */
  kind: "quote" | "remarks" | "joint-statement" | "communique" | "readout" | "press-release" | "declaration" | "letter";
  /**
   * Speakers are the persons, states, organisations, offices, delegations or missions who made the statement.
   *
   * @minItems 1
   */
  speakers: [DiploID, ...DiploID[]];
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  occasion?: string;
  /**
   * Date when it was made.
   */
  date?: string;
  title?: DiploText21;
  text?: DiploText22;
  /**
   * Wording says why the statement has no text: its words were not published, or are not quoted. It is empty when Text holds them.
   */
  wording?: "unpublished" | "not-quoted";
  /**
   * About lists the nodes the statement concerns (an accord, a state).
   */
  about?: DiploID[];
  /**
   * Identifiers in external systems (a United Nations document symbol, a URL).
   */
  identifiers?: DiploIdentifier[];
  /**
   * Sources cite Source nodes by ID.
   */
  sources?: DiploID[];
  /**
   * By names the actors the claim is attributed to.
   */
  by?: DiploID[];
  note?: DiploText23;
  /**
   * Claims hold what sources say of the statement where they may disagree (its date, who made it).
   */
  claims?: DiploClaim[];
};
export type EventStatement1 =
  | {
      text: {};
    }
  | {
      wording: unknown;
    };
/**
 * A BCP 47 language tag (RFC 5646) such as "fr", "ru" or "en-t-fr"; the undetermined language "und" is not allowed.
 */
export type DiploLanguageTag = string;
/**
 * Resolution is a text that a multilateral body is asked to adopt or has adopted: a resolution, a decision, an amendment or a procedural motion, from its draft to its adoption, rejection or withdrawal.
 */
export type DecisionResolution = DecisionResolution1 & {
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  id: string;
  /**
   * Type is always "Resolution" in JSON.
   */
  type?: "Resolution";
  /**
   * Kind of resolution.
   */
  kind: "resolution" | "decision" | "amendment" | "motion";
  /**
   * Status says whether it is a draft, or was adopted, rejected or withdrawn.
   */
  status: "draft" | "adopted" | "rejected" | "withdrawn";
  /**
   * Symbol is the document symbol the body gives it, such as a United Nations document symbol ("S/RES/2623 (2022)", "A/RES/ES-11/1", "S/2022/155" for a draft) or a conference's ("1/CP.21").
   */
  symbol?: string;
  title?: DiploText26;
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  body: string;
  /**
   * Date of adoption, rejection or withdrawal; for a draft, of its submission.
   */
  date?: string;
  text?: DiploText27;
  /**
   * Sponsors are the states and organisations that submitted or sponsored it.
   */
  sponsors?: DiploID[];
  /**
   * Method says how the body decided: by a vote, by consensus, without a vote or by acclamation.
   */
  method?: "vote" | "consensus" | "without-vote" | "acclamation";
  /**
   * Identifiers in external systems (Wikidata, the UN Digital Library's URL).
   */
  identifiers?: DiploIdentifier[];
  /**
   * Sources cite the Source nodes that report the resolution.
   */
  sources?: DiploID[];
  /**
   * Claims hold what sources say of the resolution where they may disagree.
   */
  claims?: DiploClaim[];
};
export type DecisionResolution1 =
  | {
      symbol: unknown;
    }
  | {
      title: {};
    };
/**
 * Source is a document that reports facts: a communiqué, a news article, a transcript.
 */
export type DiploSource = DiploSource1 & {
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  id: string;
  /**
   * Type is always "Source" in JSON.
   */
  type?: "Source";
  /**
   * URL where the source can be read.
   */
  url?: string;
  title?: DiploText28;
  publisher?: DiploText29;
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  publisherId?: string;
  /**
   * Published is the publication date.
   */
  published?: string;
  /**
   * A BCP 47 language tag (RFC 5646) such as "fr", "ru" or "en-t-fr"; the undetermined language "und" is not allowed.
   */
  language?: string;
};
export type DiploSource1 =
  | {
      url: unknown;
    }
  | {
      title: {};
    };

/**
 * Graph is a self-contained record: every node it mentions, once, in lists by node type, linked to each other by ID.
 */
export interface DiploGraph {
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  id?: string;
  /**
   * Type is always "Graph" in JSON.
   */
  type?: "Graph";
  title?: DiploText;
  /**
   * Persons, States, Organizations, Offices, Tenures and Delegations are the actors; Missions the diplomatic and consular missions.
   */
  persons?: ActorPerson[];
  /**
   * Persons, States, Organizations, Offices, Tenures and Delegations are the actors; Missions the diplomatic and consular missions.
   */
  states?: ActorState[];
  /**
   * Persons, States, Organizations, Offices, Tenures and Delegations are the actors; Missions the diplomatic and consular missions.
   */
  organizations?: ActorOrganization[];
  /**
   * Persons, States, Organizations, Offices, Tenures and Delegations are the actors; Missions the diplomatic and consular missions.
   */
  offices?: ActorOffice[];
  /**
   * Persons, States, Organizations, Offices, Tenures and Delegations are the actors; Missions the diplomatic and consular missions.
   */
  tenures?: ActorTenure[];
  /**
   * Persons, States, Organizations, Offices, Tenures and Delegations are the actors; Missions the diplomatic and consular missions.
   */
  delegations?: ActorDelegation[];
  /**
   * Persons, States, Organizations, Offices, Tenures and Delegations are the actors; Missions the diplomatic and consular missions.
   */
  missions?: ActorMission[];
  /**
   * Events are the events, including parts of other events.
   */
  events?: EventEvent[];
  /**
   * Statements are the quotes, communiqués and readouts.
   */
  statements?: EventStatement[];
  /**
   * Accords are the treaties, agreements and memoranda.
   */
  accords?: AccordAccord[];
  /**
   * Resolutions are the resolutions, decisions and motions of multilateral bodies, drafts included.
   */
  resolutions?: DecisionResolution[];
  /**
   * Votes are the votes of multilateral bodies on resolutions.
   */
  votes?: DecisionVote[];
  /**
   * Sources are the documents that the other nodes cite.
   */
  sources?: DiploSource[];
  /**
   * The JSON-LD context, which makes the document JSON-LD: "https://w3id.org/diplo/context.jsonld" or the context object itself (see the context documentation). diplo ignores it.
   */
  "@context"?: string | {} | (string | {})[];
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Person is a human being who acts in diplomacy: a head of state, a minister, an envoy.
 */
export interface ActorPerson {
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  id: string;
  /**
   * Type is always "Person" in JSON.
   */
  type?: "Person";
  name: DiploText1;
  /**
   * Identifiers in external systems, such as wikidata:Q7747.
   */
  identifiers?: DiploIdentifier[];
  /**
   * Nationality lists the countries of which the person is a citizen.
   */
  nationality?: DiploCountry[];
  /**
   * Sources cite the Source nodes that report on the person.
   */
  sources?: DiploID[];
  /**
   * Claims hold what sources say of the person where they may disagree.
   */
  claims?: DiploClaim[];
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText1 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText2 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText3 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText4 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText5 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * State is a sovereign state, identified by its ISO 3166-1 code.
 */
export interface ActorState {
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  id: string;
  /**
   * Type is always "State" in JSON.
   */
  type?: "State";
  name: DiploText6;
  /**
   * Country is an ISO 3166-1 alpha-2 country code in upper case ("ML"). The enumeration lists the codes diplo accepts, taken from golang.org/x/text/language.
   */
  country:
    | "AC"
    | "AD"
    | "AE"
    | "AF"
    | "AG"
    | "AI"
    | "AL"
    | "AM"
    | "AN"
    | "AO"
    | "AQ"
    | "AR"
    | "AS"
    | "AT"
    | "AU"
    | "AW"
    | "AX"
    | "AZ"
    | "BA"
    | "BB"
    | "BD"
    | "BE"
    | "BF"
    | "BG"
    | "BH"
    | "BI"
    | "BJ"
    | "BL"
    | "BM"
    | "BN"
    | "BO"
    | "BQ"
    | "BR"
    | "BS"
    | "BT"
    | "BU"
    | "BV"
    | "BW"
    | "BY"
    | "BZ"
    | "CA"
    | "CC"
    | "CD"
    | "CF"
    | "CG"
    | "CH"
    | "CI"
    | "CK"
    | "CL"
    | "CM"
    | "CN"
    | "CO"
    | "CP"
    | "CR"
    | "CS"
    | "CT"
    | "CU"
    | "CV"
    | "CW"
    | "CX"
    | "CY"
    | "CZ"
    | "DD"
    | "DE"
    | "DG"
    | "DJ"
    | "DK"
    | "DM"
    | "DO"
    | "DY"
    | "DZ"
    | "EC"
    | "EE"
    | "EG"
    | "EH"
    | "ER"
    | "ES"
    | "ET"
    | "FI"
    | "FJ"
    | "FK"
    | "FM"
    | "FO"
    | "FQ"
    | "FR"
    | "FX"
    | "GA"
    | "GB"
    | "GD"
    | "GE"
    | "GF"
    | "GG"
    | "GH"
    | "GI"
    | "GL"
    | "GM"
    | "GN"
    | "GP"
    | "GQ"
    | "GR"
    | "GS"
    | "GT"
    | "GU"
    | "GW"
    | "GY"
    | "HK"
    | "HM"
    | "HN"
    | "HR"
    | "HT"
    | "HU"
    | "HV"
    | "ID"
    | "IE"
    | "IL"
    | "IM"
    | "IN"
    | "IO"
    | "IQ"
    | "IR"
    | "IS"
    | "IT"
    | "JE"
    | "JM"
    | "JO"
    | "JP"
    | "JT"
    | "KE"
    | "KG"
    | "KH"
    | "KI"
    | "KM"
    | "KN"
    | "KP"
    | "KR"
    | "KW"
    | "KY"
    | "KZ"
    | "LA"
    | "LB"
    | "LC"
    | "LI"
    | "LK"
    | "LR"
    | "LS"
    | "LT"
    | "LU"
    | "LV"
    | "LY"
    | "MA"
    | "MC"
    | "MD"
    | "ME"
    | "MF"
    | "MG"
    | "MH"
    | "MI"
    | "MK"
    | "ML"
    | "MM"
    | "MN"
    | "MO"
    | "MP"
    | "MQ"
    | "MR"
    | "MS"
    | "MT"
    | "MU"
    | "MV"
    | "MW"
    | "MX"
    | "MY"
    | "MZ"
    | "NA"
    | "NC"
    | "NE"
    | "NF"
    | "NG"
    | "NH"
    | "NI"
    | "NL"
    | "NO"
    | "NP"
    | "NQ"
    | "NR"
    | "NT"
    | "NU"
    | "NZ"
    | "OM"
    | "PA"
    | "PC"
    | "PE"
    | "PF"
    | "PG"
    | "PH"
    | "PK"
    | "PL"
    | "PM"
    | "PN"
    | "PR"
    | "PS"
    | "PT"
    | "PU"
    | "PW"
    | "PY"
    | "PZ"
    | "QA"
    | "RE"
    | "RH"
    | "RO"
    | "RS"
    | "RU"
    | "RW"
    | "SA"
    | "SB"
    | "SC"
    | "SD"
    | "SE"
    | "SG"
    | "SH"
    | "SI"
    | "SJ"
    | "SK"
    | "SL"
    | "SM"
    | "SN"
    | "SO"
    | "SR"
    | "SS"
    | "ST"
    | "SU"
    | "SV"
    | "SX"
    | "SY"
    | "SZ"
    | "TA"
    | "TC"
    | "TD"
    | "TF"
    | "TG"
    | "TH"
    | "TJ"
    | "TK"
    | "TL"
    | "TM"
    | "TN"
    | "TO"
    | "TP"
    | "TR"
    | "TT"
    | "TV"
    | "TW"
    | "TZ"
    | "UA"
    | "UG"
    | "UM"
    | "US"
    | "UY"
    | "UZ"
    | "VA"
    | "VC"
    | "VD"
    | "VE"
    | "VG"
    | "VI"
    | "VN"
    | "VU"
    | "WF"
    | "WK"
    | "WS"
    | "XK"
    | "YD"
    | "YE"
    | "YT"
    | "YU"
    | "ZA"
    | "ZM"
    | "ZR"
    | "ZW";
  /**
   * Identifiers in external systems, such as wikidata:Q912.
   */
  identifiers?: DiploIdentifier[];
  /**
   * Sources cite the Source nodes that report on the state.
   */
  sources?: DiploID[];
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText6 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Organization is a body that is not a state: an intergovernmental organisation, a ministry, a joint commission, a party, a company.
 */
export interface ActorOrganization {
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  id: string;
  /**
   * Type is always "Organization" in JSON.
   */
  type?: "Organization";
  /**
   * Kind of organisation.
   */
  kind:
    | "intergovernmental"
    | "supranational"
    | "governmental-body"
    | "commission"
    | "legislature"
    | "court"
    | "party"
    | "armed-forces"
    | "armed-group"
    | "company"
    | "ngo"
    | "media"
    | "religious-body"
    | "other";
  name: DiploText7;
  /**
   * Abbreviation, such as "UN" or "ECOWAS".
   */
  abbreviation?: string;
  /**
   * Country where the organisation is based or to which it belongs.
   */
  country?:
    | "AC"
    | "AD"
    | "AE"
    | "AF"
    | "AG"
    | "AI"
    | "AL"
    | "AM"
    | "AN"
    | "AO"
    | "AQ"
    | "AR"
    | "AS"
    | "AT"
    | "AU"
    | "AW"
    | "AX"
    | "AZ"
    | "BA"
    | "BB"
    | "BD"
    | "BE"
    | "BF"
    | "BG"
    | "BH"
    | "BI"
    | "BJ"
    | "BL"
    | "BM"
    | "BN"
    | "BO"
    | "BQ"
    | "BR"
    | "BS"
    | "BT"
    | "BU"
    | "BV"
    | "BW"
    | "BY"
    | "BZ"
    | "CA"
    | "CC"
    | "CD"
    | "CF"
    | "CG"
    | "CH"
    | "CI"
    | "CK"
    | "CL"
    | "CM"
    | "CN"
    | "CO"
    | "CP"
    | "CR"
    | "CS"
    | "CT"
    | "CU"
    | "CV"
    | "CW"
    | "CX"
    | "CY"
    | "CZ"
    | "DD"
    | "DE"
    | "DG"
    | "DJ"
    | "DK"
    | "DM"
    | "DO"
    | "DY"
    | "DZ"
    | "EC"
    | "EE"
    | "EG"
    | "EH"
    | "ER"
    | "ES"
    | "ET"
    | "FI"
    | "FJ"
    | "FK"
    | "FM"
    | "FO"
    | "FQ"
    | "FR"
    | "FX"
    | "GA"
    | "GB"
    | "GD"
    | "GE"
    | "GF"
    | "GG"
    | "GH"
    | "GI"
    | "GL"
    | "GM"
    | "GN"
    | "GP"
    | "GQ"
    | "GR"
    | "GS"
    | "GT"
    | "GU"
    | "GW"
    | "GY"
    | "HK"
    | "HM"
    | "HN"
    | "HR"
    | "HT"
    | "HU"
    | "HV"
    | "ID"
    | "IE"
    | "IL"
    | "IM"
    | "IN"
    | "IO"
    | "IQ"
    | "IR"
    | "IS"
    | "IT"
    | "JE"
    | "JM"
    | "JO"
    | "JP"
    | "JT"
    | "KE"
    | "KG"
    | "KH"
    | "KI"
    | "KM"
    | "KN"
    | "KP"
    | "KR"
    | "KW"
    | "KY"
    | "KZ"
    | "LA"
    | "LB"
    | "LC"
    | "LI"
    | "LK"
    | "LR"
    | "LS"
    | "LT"
    | "LU"
    | "LV"
    | "LY"
    | "MA"
    | "MC"
    | "MD"
    | "ME"
    | "MF"
    | "MG"
    | "MH"
    | "MI"
    | "MK"
    | "ML"
    | "MM"
    | "MN"
    | "MO"
    | "MP"
    | "MQ"
    | "MR"
    | "MS"
    | "MT"
    | "MU"
    | "MV"
    | "MW"
    | "MX"
    | "MY"
    | "MZ"
    | "NA"
    | "NC"
    | "NE"
    | "NF"
    | "NG"
    | "NH"
    | "NI"
    | "NL"
    | "NO"
    | "NP"
    | "NQ"
    | "NR"
    | "NT"
    | "NU"
    | "NZ"
    | "OM"
    | "PA"
    | "PC"
    | "PE"
    | "PF"
    | "PG"
    | "PH"
    | "PK"
    | "PL"
    | "PM"
    | "PN"
    | "PR"
    | "PS"
    | "PT"
    | "PU"
    | "PW"
    | "PY"
    | "PZ"
    | "QA"
    | "RE"
    | "RH"
    | "RO"
    | "RS"
    | "RU"
    | "RW"
    | "SA"
    | "SB"
    | "SC"
    | "SD"
    | "SE"
    | "SG"
    | "SH"
    | "SI"
    | "SJ"
    | "SK"
    | "SL"
    | "SM"
    | "SN"
    | "SO"
    | "SR"
    | "SS"
    | "ST"
    | "SU"
    | "SV"
    | "SX"
    | "SY"
    | "SZ"
    | "TA"
    | "TC"
    | "TD"
    | "TF"
    | "TG"
    | "TH"
    | "TJ"
    | "TK"
    | "TL"
    | "TM"
    | "TN"
    | "TO"
    | "TP"
    | "TR"
    | "TT"
    | "TV"
    | "TW"
    | "TZ"
    | "UA"
    | "UG"
    | "UM"
    | "US"
    | "UY"
    | "UZ"
    | "VA"
    | "VC"
    | "VD"
    | "VE"
    | "VG"
    | "VI"
    | "VN"
    | "VU"
    | "WF"
    | "WK"
    | "WS"
    | "XK"
    | "YD"
    | "YE"
    | "YT"
    | "YU"
    | "ZA"
    | "ZM"
    | "ZR"
    | "ZW";
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  partOf?: string;
  /**
   * Members are the states or organisations that belong to it: the states of an intergovernmental organisation, the two sides of a joint commission.
   */
  members?: DiploID[];
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  createdBy?: string;
  /**
   * Founded is when it was created.
   */
  founded?: string;
  /**
   * Identifiers in external systems.
   */
  identifiers?: DiploIdentifier[];
  /**
   * Sources cite the Source nodes that report on the organisation.
   */
  sources?: DiploID[];
  /**
   * Claims hold what sources say of the organisation where they may disagree ("meets every six months").
   */
  claims?: DiploClaim[];
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText7 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Office is a post that a person holds: the President of the Russian Federation, the Foreign Minister of Mali.
 */
export interface ActorOffice {
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  id: string;
  /**
   * Type is always "Office" in JSON.
   */
  type?: "Office";
  name: DiploText8;
  /**
   * Role of the office, from a controlled vocabulary.
   */
  role?:
    | "head-of-state"
    | "head-of-government"
    | "foreign-minister"
    | "minister"
    | "ambassador"
    | "charge-d-affaires"
    | "permanent-representative"
    | "consul-general"
    | "consul"
    | "envoy"
    | "diplomat"
    | "secretary-general"
    | "head-of-organization"
    | "legislator"
    | "military-commander"
    | "spokesperson"
    | "other";
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  of: string;
  /**
   * Identifiers in external systems (wikidata:Q218295).
   */
  identifiers?: DiploIdentifier[];
  /**
   * Sources cite the Source nodes that report on the office.
   */
  sources?: DiploID[];
  /**
   * Claims hold what sources say of the office where they may disagree.
   */
  claims?: DiploClaim[];
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText8 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Tenure says that a person holds an office from a date to a date, possibly with a qualifier: Assimi Goïta is the transitional President of Mali from 2021-05-24.
 */
export interface ActorTenure {
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  id: string;
  /**
   * Type is always "Tenure" in JSON.
   */
  type?: "Tenure";
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  person: string;
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  office: string;
  /**
   * Start of the tenure; zero when unknown.
   */
  startDate?: string;
  /**
   * End of the tenure; zero while it lasts or when unknown.
   */
  endDate?: string;
  /**
   * Qualifiers such as acting, interim or transitional.
   */
  qualifiers?: ActorQualifier[];
  /**
   * AccreditedTo lists the states or organisations to which the holder of an office of a Mission is also accredited, besides the mission's receiving side: a concurrent accreditation (VCDR art. 5).
   */
  accreditedTo?: DiploID[];
  /**
   * Sources cite the Source nodes that report the tenure.
   */
  sources?: DiploID[];
  /**
   * Claims hold what sources say of the tenure where they may disagree.
   */
  claims?: DiploClaim[];
}
/**
 * Delegation is the group that represents a state or organisation at an event: a head and members.
 */
export interface ActorDelegation {
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  id: string;
  /**
   * Type is always "Delegation" in JSON.
   */
  type?: "Delegation";
  name?: DiploText9;
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  represents: string;
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  head?: string;
  /**
   * Members of the delegation other than the head.
   */
  members?: DiploID[];
  /**
   * Sources cite the Source nodes that report the delegation.
   */
  sources?: DiploID[];
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText9 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Mission is a diplomatic or consular mission: an embassy, a consulate, a permanent mission to an organisation, a delegation of an organisation, a liaison office or an interests section, sent by one state or organisation to another.
 */
export interface ActorMission {
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  id: string;
  /**
   * Type is always "Mission" in JSON.
   */
  type?: "Mission";
  /**
   * Kind of mission.
   */
  kind:
    "embassy" | "consulate" | "permanent-mission" | "organization-delegation" | "liaison-office" | "interests-section";
  name: DiploText10;
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  sending: string;
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  receiving: string;
  seat?: DiploPlace;
  /**
   * Established is when the mission was opened.
   */
  established?: string;
  /**
   * Closed is when it was closed; zero while it is open or when unknown.
   */
  closed?: string;
  /**
   * Identifiers in external systems.
   */
  identifiers?: DiploIdentifier[];
  /**
   * Sources cite the Source nodes that report on the mission.
   */
  sources?: DiploID[];
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText10 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Seat is where the mission is; a mission with a seat in a third state is accredited from there (VCDR art. 5).
 */
export interface DiploPlace {
  /**
   * Type is always "Place" in JSON: JSON-LD reads it as schema:Place.
   */
  type?: "Place";
  name?: DiploText11;
  /**
   * Country is the ISO 3166-1 alpha-2 code of the country the place is in.
   */
  country?:
    | "AC"
    | "AD"
    | "AE"
    | "AF"
    | "AG"
    | "AI"
    | "AL"
    | "AM"
    | "AN"
    | "AO"
    | "AQ"
    | "AR"
    | "AS"
    | "AT"
    | "AU"
    | "AW"
    | "AX"
    | "AZ"
    | "BA"
    | "BB"
    | "BD"
    | "BE"
    | "BF"
    | "BG"
    | "BH"
    | "BI"
    | "BJ"
    | "BL"
    | "BM"
    | "BN"
    | "BO"
    | "BQ"
    | "BR"
    | "BS"
    | "BT"
    | "BU"
    | "BV"
    | "BW"
    | "BY"
    | "BZ"
    | "CA"
    | "CC"
    | "CD"
    | "CF"
    | "CG"
    | "CH"
    | "CI"
    | "CK"
    | "CL"
    | "CM"
    | "CN"
    | "CO"
    | "CP"
    | "CR"
    | "CS"
    | "CT"
    | "CU"
    | "CV"
    | "CW"
    | "CX"
    | "CY"
    | "CZ"
    | "DD"
    | "DE"
    | "DG"
    | "DJ"
    | "DK"
    | "DM"
    | "DO"
    | "DY"
    | "DZ"
    | "EC"
    | "EE"
    | "EG"
    | "EH"
    | "ER"
    | "ES"
    | "ET"
    | "FI"
    | "FJ"
    | "FK"
    | "FM"
    | "FO"
    | "FQ"
    | "FR"
    | "FX"
    | "GA"
    | "GB"
    | "GD"
    | "GE"
    | "GF"
    | "GG"
    | "GH"
    | "GI"
    | "GL"
    | "GM"
    | "GN"
    | "GP"
    | "GQ"
    | "GR"
    | "GS"
    | "GT"
    | "GU"
    | "GW"
    | "GY"
    | "HK"
    | "HM"
    | "HN"
    | "HR"
    | "HT"
    | "HU"
    | "HV"
    | "ID"
    | "IE"
    | "IL"
    | "IM"
    | "IN"
    | "IO"
    | "IQ"
    | "IR"
    | "IS"
    | "IT"
    | "JE"
    | "JM"
    | "JO"
    | "JP"
    | "JT"
    | "KE"
    | "KG"
    | "KH"
    | "KI"
    | "KM"
    | "KN"
    | "KP"
    | "KR"
    | "KW"
    | "KY"
    | "KZ"
    | "LA"
    | "LB"
    | "LC"
    | "LI"
    | "LK"
    | "LR"
    | "LS"
    | "LT"
    | "LU"
    | "LV"
    | "LY"
    | "MA"
    | "MC"
    | "MD"
    | "ME"
    | "MF"
    | "MG"
    | "MH"
    | "MI"
    | "MK"
    | "ML"
    | "MM"
    | "MN"
    | "MO"
    | "MP"
    | "MQ"
    | "MR"
    | "MS"
    | "MT"
    | "MU"
    | "MV"
    | "MW"
    | "MX"
    | "MY"
    | "MZ"
    | "NA"
    | "NC"
    | "NE"
    | "NF"
    | "NG"
    | "NH"
    | "NI"
    | "NL"
    | "NO"
    | "NP"
    | "NQ"
    | "NR"
    | "NT"
    | "NU"
    | "NZ"
    | "OM"
    | "PA"
    | "PC"
    | "PE"
    | "PF"
    | "PG"
    | "PH"
    | "PK"
    | "PL"
    | "PM"
    | "PN"
    | "PR"
    | "PS"
    | "PT"
    | "PU"
    | "PW"
    | "PY"
    | "PZ"
    | "QA"
    | "RE"
    | "RH"
    | "RO"
    | "RS"
    | "RU"
    | "RW"
    | "SA"
    | "SB"
    | "SC"
    | "SD"
    | "SE"
    | "SG"
    | "SH"
    | "SI"
    | "SJ"
    | "SK"
    | "SL"
    | "SM"
    | "SN"
    | "SO"
    | "SR"
    | "SS"
    | "ST"
    | "SU"
    | "SV"
    | "SX"
    | "SY"
    | "SZ"
    | "TA"
    | "TC"
    | "TD"
    | "TF"
    | "TG"
    | "TH"
    | "TJ"
    | "TK"
    | "TL"
    | "TM"
    | "TN"
    | "TO"
    | "TP"
    | "TR"
    | "TT"
    | "TV"
    | "TW"
    | "TZ"
    | "UA"
    | "UG"
    | "UM"
    | "US"
    | "UY"
    | "UZ"
    | "VA"
    | "VC"
    | "VD"
    | "VE"
    | "VG"
    | "VI"
    | "VN"
    | "VU"
    | "WF"
    | "WK"
    | "WS"
    | "XK"
    | "YD"
    | "YE"
    | "YT"
    | "YU"
    | "ZA"
    | "ZM"
    | "ZR"
    | "ZW";
  admin1?: DiploAdminDivision;
  admin2?: DiploAdminDivision1;
  /**
   * GeoNames is the GeoNames feature id, "geonames:524901/" in JSON (https://sws.geonames.org/524901/ in JSON-LD); use an Identifier with scheme GeoNames.
   */
  geonames?: string;
  /**
   * Wikidata is the Wikidata item of the place ("wikidata:Q649").
   */
  wikidata?: string;
  coordinates?: DiploCoordinates;
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText11 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Admin1 is the first-level administrative division of the country that the place lies in: a state, province, region or oblast.
 */
export interface DiploAdminDivision {
  /**
   * Type is always "AdministrativeArea" in JSON: JSON-LD reads it as schema:AdministrativeArea.
   */
  type?: "AdministrativeArea";
  name?: DiploText12;
  /**
   * Code is the ISO 3166-2 code of the division ("FR-IDF"), if it has one.
   */
  code?: string;
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText12 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Admin2 is the second-level division, within Admin1: a county, department or district. It is given only with Admin1.
 */
export interface DiploAdminDivision1 {
  /**
   * Type is always "AdministrativeArea" in JSON: JSON-LD reads it as schema:AdministrativeArea.
   */
  type?: "AdministrativeArea";
  name?: DiploText12;
  /**
   * Code is the ISO 3166-2 code of the division ("FR-IDF"), if it has one.
   */
  code?: string;
}
/**
 * Coordinates of the place, if known.
 */
export interface DiploCoordinates {
  /**
   * Type is always "GeoCoordinates" in JSON: JSON-LD reads it as schema:GeoCoordinates.
   */
  type?: "GeoCoordinates";
  /**
   * Latitude in decimal degrees, from -90 (south) to 90 (north).
   */
  latitude: number;
  /**
   * Longitude in decimal degrees, from -180 (west) to 180 (east).
   */
  longitude: number;
}
/**
 * Event is something that happens in diplomacy: a visit, talks, a signing ceremony, a press conference, an expulsion.
 */
export interface EventEvent {
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  id: string;
  /**
   * Type is always "Event" in JSON.
   */
  type?: "Event";
  /**
   * Kind of event, from the taxonomy in Kinds.
   */
  kind:
    | "summit"
    | "state-visit"
    | "official-visit"
    | "working-visit"
    | "visit"
    | "bilateral-talks"
    | "multilateral-conference"
    | "negotiation-round"
    | "mediation"
    | "signing-ceremony"
    | "press-conference"
    | "joint-press-conference"
    | "phone-call"
    | "video-call"
    | "communique"
    | "agrement-request"
    | "agrement"
    | "credentials"
    | "establish-relations"
    | "summoning"
    | "protest"
    | "recall-ambassador"
    | "expulsion"
    | "persona-non-grata"
    | "departure"
    | "sever-relations"
    | "sanctions"
    | "ultimatum";
  /**
   * Status says whether the event was held, is planned, or was postponed or cancelled. The zero value means held. It is the current status: the last change of StatusHistory, when there is one, agrees with it.
   */
  status?: "held" | "planned" | "postponed" | "cancelled";
  /**
   * StatusHistory records the dated changes of the status, oldest first: when the event was announced, postponed, moved or cancelled, by whom and according to which source.
   */
  statusHistory?: EventStatusChange[];
  name?: DiploText14;
  description?: DiploText15;
  /**
   * Start of the event; zero when unknown.
   */
  startDate?: string;
  /**
   * End of the event; zero when it is the same as Start or unknown.
   */
  endDate?: string;
  location?: DiploPlace2;
  /**
   * Participants and their roles.
   */
  participants?: EventParticipant[];
  /**
   * Parts are the sub-events of this event, by ID.
   */
  parts?: DiploID[];
  /**
   * Relations to other events.
   */
  relations?: EventRelation[];
  /**
   * Topics discussed and sectors of cooperation named.
   */
  topics?: DiploTopic[];
  /**
   * Deadlines are the dated facts the event sets: the time by which expelled diplomats must leave, the term of an ultimatum.
   */
  deadlines?: EventDeadline[];
  /**
   * Quantities are the numbers the event is about, as values: the diplomats an expulsion expels, the sums a conference pledges.
   */
  quantities?: DiploQuantity1[];
  /**
   * Outcomes are the accords adopted or signed at the event, by ID.
   */
  outcomes?: DiploID[];
  /**
   * Characterisations record how parties or sources described the event ("constructive").
   */
  characterisations?: EventCharacterisation[];
  /**
   * Identifiers in external systems (a Wikidata item, a GDELT event).
   */
  identifiers?: DiploIdentifier[];
  /**
   * Sources cite the Source nodes that report the event.
   */
  sources?: DiploID[];
  /**
   * Claims hold what sources say of the event where they may disagree.
   */
  claims?: DiploClaim[];
}
/**
 * StatusChange is one dated change of an event's status: its announcement (planned), its postponement, its cancellation, its being held, or its move to another place (a change with a Place).
 */
export interface EventStatusChange {
  /**
   * Status of the event from this change on.
   */
  status: "held" | "planned" | "postponed" | "cancelled";
  /**
   * Date on which the change was announced or took effect; required.
   */
  date: string;
  location?: DiploPlace1;
  /**
   * Sources cite Source nodes by ID.
   */
  sources?: DiploID[];
  /**
   * By names the actors the claim is attributed to.
   */
  by?: DiploID[];
  note?: DiploText13;
}
/**
 * Place is the new place of the event when the change moves it.
 */
export interface DiploPlace1 {
  /**
   * Type is always "Place" in JSON: JSON-LD reads it as schema:Place.
   */
  type?: "Place";
  name?: DiploText11;
  /**
   * Country is the ISO 3166-1 alpha-2 code of the country the place is in.
   */
  country?:
    | "AC"
    | "AD"
    | "AE"
    | "AF"
    | "AG"
    | "AI"
    | "AL"
    | "AM"
    | "AN"
    | "AO"
    | "AQ"
    | "AR"
    | "AS"
    | "AT"
    | "AU"
    | "AW"
    | "AX"
    | "AZ"
    | "BA"
    | "BB"
    | "BD"
    | "BE"
    | "BF"
    | "BG"
    | "BH"
    | "BI"
    | "BJ"
    | "BL"
    | "BM"
    | "BN"
    | "BO"
    | "BQ"
    | "BR"
    | "BS"
    | "BT"
    | "BU"
    | "BV"
    | "BW"
    | "BY"
    | "BZ"
    | "CA"
    | "CC"
    | "CD"
    | "CF"
    | "CG"
    | "CH"
    | "CI"
    | "CK"
    | "CL"
    | "CM"
    | "CN"
    | "CO"
    | "CP"
    | "CR"
    | "CS"
    | "CT"
    | "CU"
    | "CV"
    | "CW"
    | "CX"
    | "CY"
    | "CZ"
    | "DD"
    | "DE"
    | "DG"
    | "DJ"
    | "DK"
    | "DM"
    | "DO"
    | "DY"
    | "DZ"
    | "EC"
    | "EE"
    | "EG"
    | "EH"
    | "ER"
    | "ES"
    | "ET"
    | "FI"
    | "FJ"
    | "FK"
    | "FM"
    | "FO"
    | "FQ"
    | "FR"
    | "FX"
    | "GA"
    | "GB"
    | "GD"
    | "GE"
    | "GF"
    | "GG"
    | "GH"
    | "GI"
    | "GL"
    | "GM"
    | "GN"
    | "GP"
    | "GQ"
    | "GR"
    | "GS"
    | "GT"
    | "GU"
    | "GW"
    | "GY"
    | "HK"
    | "HM"
    | "HN"
    | "HR"
    | "HT"
    | "HU"
    | "HV"
    | "ID"
    | "IE"
    | "IL"
    | "IM"
    | "IN"
    | "IO"
    | "IQ"
    | "IR"
    | "IS"
    | "IT"
    | "JE"
    | "JM"
    | "JO"
    | "JP"
    | "JT"
    | "KE"
    | "KG"
    | "KH"
    | "KI"
    | "KM"
    | "KN"
    | "KP"
    | "KR"
    | "KW"
    | "KY"
    | "KZ"
    | "LA"
    | "LB"
    | "LC"
    | "LI"
    | "LK"
    | "LR"
    | "LS"
    | "LT"
    | "LU"
    | "LV"
    | "LY"
    | "MA"
    | "MC"
    | "MD"
    | "ME"
    | "MF"
    | "MG"
    | "MH"
    | "MI"
    | "MK"
    | "ML"
    | "MM"
    | "MN"
    | "MO"
    | "MP"
    | "MQ"
    | "MR"
    | "MS"
    | "MT"
    | "MU"
    | "MV"
    | "MW"
    | "MX"
    | "MY"
    | "MZ"
    | "NA"
    | "NC"
    | "NE"
    | "NF"
    | "NG"
    | "NH"
    | "NI"
    | "NL"
    | "NO"
    | "NP"
    | "NQ"
    | "NR"
    | "NT"
    | "NU"
    | "NZ"
    | "OM"
    | "PA"
    | "PC"
    | "PE"
    | "PF"
    | "PG"
    | "PH"
    | "PK"
    | "PL"
    | "PM"
    | "PN"
    | "PR"
    | "PS"
    | "PT"
    | "PU"
    | "PW"
    | "PY"
    | "PZ"
    | "QA"
    | "RE"
    | "RH"
    | "RO"
    | "RS"
    | "RU"
    | "RW"
    | "SA"
    | "SB"
    | "SC"
    | "SD"
    | "SE"
    | "SG"
    | "SH"
    | "SI"
    | "SJ"
    | "SK"
    | "SL"
    | "SM"
    | "SN"
    | "SO"
    | "SR"
    | "SS"
    | "ST"
    | "SU"
    | "SV"
    | "SX"
    | "SY"
    | "SZ"
    | "TA"
    | "TC"
    | "TD"
    | "TF"
    | "TG"
    | "TH"
    | "TJ"
    | "TK"
    | "TL"
    | "TM"
    | "TN"
    | "TO"
    | "TP"
    | "TR"
    | "TT"
    | "TV"
    | "TW"
    | "TZ"
    | "UA"
    | "UG"
    | "UM"
    | "US"
    | "UY"
    | "UZ"
    | "VA"
    | "VC"
    | "VD"
    | "VE"
    | "VG"
    | "VI"
    | "VN"
    | "VU"
    | "WF"
    | "WK"
    | "WS"
    | "XK"
    | "YD"
    | "YE"
    | "YT"
    | "YU"
    | "ZA"
    | "ZM"
    | "ZR"
    | "ZW";
  admin1?: DiploAdminDivision;
  admin2?: DiploAdminDivision1;
  /**
   * GeoNames is the GeoNames feature id, "geonames:524901/" in JSON (https://sws.geonames.org/524901/ in JSON-LD); use an Identifier with scheme GeoNames.
   */
  geonames?: string;
  /**
   * Wikidata is the Wikidata item of the place ("wikidata:Q649").
   */
  wikidata?: string;
  coordinates?: DiploCoordinates;
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText13 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText14 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText15 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Place where the event happened.
 */
export interface DiploPlace2 {
  /**
   * Type is always "Place" in JSON: JSON-LD reads it as schema:Place.
   */
  type?: "Place";
  name?: DiploText11;
  /**
   * Country is the ISO 3166-1 alpha-2 code of the country the place is in.
   */
  country?:
    | "AC"
    | "AD"
    | "AE"
    | "AF"
    | "AG"
    | "AI"
    | "AL"
    | "AM"
    | "AN"
    | "AO"
    | "AQ"
    | "AR"
    | "AS"
    | "AT"
    | "AU"
    | "AW"
    | "AX"
    | "AZ"
    | "BA"
    | "BB"
    | "BD"
    | "BE"
    | "BF"
    | "BG"
    | "BH"
    | "BI"
    | "BJ"
    | "BL"
    | "BM"
    | "BN"
    | "BO"
    | "BQ"
    | "BR"
    | "BS"
    | "BT"
    | "BU"
    | "BV"
    | "BW"
    | "BY"
    | "BZ"
    | "CA"
    | "CC"
    | "CD"
    | "CF"
    | "CG"
    | "CH"
    | "CI"
    | "CK"
    | "CL"
    | "CM"
    | "CN"
    | "CO"
    | "CP"
    | "CR"
    | "CS"
    | "CT"
    | "CU"
    | "CV"
    | "CW"
    | "CX"
    | "CY"
    | "CZ"
    | "DD"
    | "DE"
    | "DG"
    | "DJ"
    | "DK"
    | "DM"
    | "DO"
    | "DY"
    | "DZ"
    | "EC"
    | "EE"
    | "EG"
    | "EH"
    | "ER"
    | "ES"
    | "ET"
    | "FI"
    | "FJ"
    | "FK"
    | "FM"
    | "FO"
    | "FQ"
    | "FR"
    | "FX"
    | "GA"
    | "GB"
    | "GD"
    | "GE"
    | "GF"
    | "GG"
    | "GH"
    | "GI"
    | "GL"
    | "GM"
    | "GN"
    | "GP"
    | "GQ"
    | "GR"
    | "GS"
    | "GT"
    | "GU"
    | "GW"
    | "GY"
    | "HK"
    | "HM"
    | "HN"
    | "HR"
    | "HT"
    | "HU"
    | "HV"
    | "ID"
    | "IE"
    | "IL"
    | "IM"
    | "IN"
    | "IO"
    | "IQ"
    | "IR"
    | "IS"
    | "IT"
    | "JE"
    | "JM"
    | "JO"
    | "JP"
    | "JT"
    | "KE"
    | "KG"
    | "KH"
    | "KI"
    | "KM"
    | "KN"
    | "KP"
    | "KR"
    | "KW"
    | "KY"
    | "KZ"
    | "LA"
    | "LB"
    | "LC"
    | "LI"
    | "LK"
    | "LR"
    | "LS"
    | "LT"
    | "LU"
    | "LV"
    | "LY"
    | "MA"
    | "MC"
    | "MD"
    | "ME"
    | "MF"
    | "MG"
    | "MH"
    | "MI"
    | "MK"
    | "ML"
    | "MM"
    | "MN"
    | "MO"
    | "MP"
    | "MQ"
    | "MR"
    | "MS"
    | "MT"
    | "MU"
    | "MV"
    | "MW"
    | "MX"
    | "MY"
    | "MZ"
    | "NA"
    | "NC"
    | "NE"
    | "NF"
    | "NG"
    | "NH"
    | "NI"
    | "NL"
    | "NO"
    | "NP"
    | "NQ"
    | "NR"
    | "NT"
    | "NU"
    | "NZ"
    | "OM"
    | "PA"
    | "PC"
    | "PE"
    | "PF"
    | "PG"
    | "PH"
    | "PK"
    | "PL"
    | "PM"
    | "PN"
    | "PR"
    | "PS"
    | "PT"
    | "PU"
    | "PW"
    | "PY"
    | "PZ"
    | "QA"
    | "RE"
    | "RH"
    | "RO"
    | "RS"
    | "RU"
    | "RW"
    | "SA"
    | "SB"
    | "SC"
    | "SD"
    | "SE"
    | "SG"
    | "SH"
    | "SI"
    | "SJ"
    | "SK"
    | "SL"
    | "SM"
    | "SN"
    | "SO"
    | "SR"
    | "SS"
    | "ST"
    | "SU"
    | "SV"
    | "SX"
    | "SY"
    | "SZ"
    | "TA"
    | "TC"
    | "TD"
    | "TF"
    | "TG"
    | "TH"
    | "TJ"
    | "TK"
    | "TL"
    | "TM"
    | "TN"
    | "TO"
    | "TP"
    | "TR"
    | "TT"
    | "TV"
    | "TW"
    | "TZ"
    | "UA"
    | "UG"
    | "UM"
    | "US"
    | "UY"
    | "UZ"
    | "VA"
    | "VC"
    | "VD"
    | "VE"
    | "VG"
    | "VI"
    | "VN"
    | "VU"
    | "WF"
    | "WK"
    | "WS"
    | "XK"
    | "YD"
    | "YE"
    | "YT"
    | "YU"
    | "ZA"
    | "ZM"
    | "ZR"
    | "ZW";
  admin1?: DiploAdminDivision;
  admin2?: DiploAdminDivision1;
  /**
   * GeoNames is the GeoNames feature id, "geonames:524901/" in JSON (https://sws.geonames.org/524901/ in JSON-LD); use an Identifier with scheme GeoNames.
   */
  geonames?: string;
  /**
   * Wikidata is the Wikidata item of the place ("wikidata:Q649").
   */
  wikidata?: string;
  coordinates?: DiploCoordinates;
}
/**
 * Participant is an actor taking part in an event in a role: a person, a state, an organisation, an office, a delegation or a mission (an embassy that hosts a reception, a mission closed by its host).
 */
export interface EventParticipant {
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  actor: string;
  /**
   * Role of the actor in the event.
   */
  role:
    | "host"
    | "guest"
    | "participant"
    | "chair"
    | "co-chair"
    | "mediator"
    | "guarantor"
    | "facilitator"
    | "observer"
    | "head-of-delegation"
    | "delegate"
    | "signatory"
    | "witness"
    | "speaker"
    | "initiator"
    | "target"
    | "subject"
    | "sending"
    | "receiving"
    | "envoy"
    | "recipient";
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  delegation?: string;
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  representing?: string;
}
/**
 * Relation links an event to another: this event follows, continues, replaces or responds to that one.
 */
export interface EventRelation {
  /**
   * Kind of relation.
   */
  kind:
    | "follows"
    | "continues"
    | "on-sidelines-of"
    | "replaces"
    | "part-of-series"
    | "responds-to"
    | "caused-by"
    | "prepares";
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  event: string;
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText16 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Deadline is a dated fact that an event sets: the time by which expelled diplomats must leave ("72 hours"), the term of an ultimatum, the date by which a party must answer.
 */
export interface EventDeadline {
  /**
   * Date by which the thing must be done; required. A deadline in hours is a date to the minute ("2018-03-20T12:00Z").
   */
  date: string;
  description?: DiploText17;
  /**
   * Sources cite Source nodes by ID.
   */
  sources?: DiploID[];
  /**
   * By names the actors the claim is attributed to.
   */
  by?: DiploID[];
  note?: DiploText18;
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText17 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText18 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText19 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText20 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText21 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText22 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText23 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Accord is a written agreement between parties: a treaty, an agreement, a memorandum of understanding, a joint declaration.
 */
export interface AccordAccord {
  /**
   * ID of the node.
   */
  id: string;
  /**
   * Type is always "Accord" in JSON.
   */
  type?: "Accord";
  /**
   * Kind of accord.
   */
  kind:
    | "treaty"
    | "convention"
    | "agreement"
    | "framework-agreement"
    | "memorandum-of-understanding"
    | "protocol"
    | "joint-declaration"
    | "exchange-of-notes"
    | "charter"
    | "action-plan"
    | "ceasefire"
    | "peace-agreement";
  title: DiploText24;
  /**
   * Parties are the states and organisations bound by the accord.
   */
  parties?: DiploID[];
  /**
   * Signatories are the persons who signed it, and for whom.
   */
  signatories?: AccordSignatory[];
  /**
   * Domains are the subjects of the accord.
   */
  domains?: DiploTopic[];
  /**
   * Creates lists the bodies the accord creates, such as an intergovernmental commission.
   */
  creates?: DiploID[];
  /**
   * Actions are the steps of the accord's lifecycle.
   */
  actions?: AccordAction[];
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  depositary?: string;
  /**
   * Languages are the languages whose texts are authentic.
   */
  languages?: DiploLanguageTag[];
  /**
   * Relations to other accords.
   */
  relations?: AccordRelation[];
  /**
   * Identifiers in external systems (UNTS registration, Wikidata).
   */
  identifiers?: DiploIdentifier[];
  /**
   * Sources cite the Source nodes that report the accord.
   */
  sources?: DiploID[];
  /**
   * Claims hold what sources say of the accord where they may disagree (one calls it a framework agreement).
   */
  claims?: DiploClaim[];
}
/**
 * Title of the accord, in its languages.
 */
export interface DiploText24 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Signatory is a person who signed an accord, for a party, in a capacity.
 */
export interface AccordSignatory {
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  person: string;
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  party?: string;
  /**
   * Capacity in which the person signed; the zero value means signatory.
   */
  capacity?: "signatory" | "witness" | "guarantor" | "mediator";
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  office?: string;
}
/**
 * Action is a step in the lifecycle of an accord: its adoption, a signature, a ratification, its entry into force, a withdrawal.
 */
export interface AccordAction {
  /**
   * Kind of action.
   */
  kind:
    | "adoption"
    | "initialling"
    | "opening-for-signature"
    | "signature"
    | "ratification"
    | "acceptance"
    | "approval"
    | "accession"
    | "succession"
    | "provisional-application"
    | "entry-into-force"
    | "suspension"
    | "withdrawal"
    | "termination";
  /**
   * Date of the action: when it was taken, so for an instrument the date of its deposit or notification (a withdrawal notified to the depositary), and for an entry into force the date it took effect.
   */
  date?: string;
  /**
   * Effective is the date from which the action takes effect, when it differs from Date: a withdrawal notified in one year that takes effect in the next, a ratification that binds the party thirty days after its deposit. Zero means the source does not say, or that the action took effect on Date. An entry into force has none: its Date is when it took effect.
   */
  effectiveDate?: string;
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  party?: string;
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  event?: string;
  /**
   * Sources cite Source nodes by ID.
   */
  sources?: DiploID[];
  /**
   * By names the actors the claim is attributed to.
   */
  by?: DiploID[];
  note?: DiploText25;
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText25 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Relation links an accord to another: this one amends, supersedes or implements that one.
 */
export interface AccordRelation {
  /**
   * Kind of relation.
   */
  kind: "amends" | "supersedes" | "implements" | "supplements" | "extends" | "terminates";
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  accord: string;
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText26 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText27 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Vote is a vote of a body on a motion: Popolo's VoteEvent.
 */
export interface DecisionVote {
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  id: string;
  /**
   * Type is always "Vote" in JSON.
   */
  type?: "Vote";
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  motion: string;
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  body: string;
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  event?: string;
  /**
   * Date of the vote.
   */
  date?: string;
  /**
   * Result of the vote.
   */
  result: "adopted" | "rejected" | "withdrawn";
  /**
   * Majority is the majority the motion required.
   */
  majority?: "simple" | "absolute" | "two-thirds" | "qualified" | "unanimity" | "concurring-permanent";
  /**
   * Counts are the numbers of votes for each option, in all or for a group of voters.
   */
  counts?: DecisionCount[];
  /**
   * Positions are the members' votes, one per member.
   */
  positions?: DecisionPosition[];
  /**
   * Identifiers in external systems (the UN Digital Library's voting record).
   */
  identifiers?: DiploIdentifier[];
  /**
   * Sources cite the Source nodes that report the vote.
   */
  sources?: DiploID[];
  /**
   * Claims hold what sources say of the vote where they may disagree.
   */
  claims?: DiploClaim[];
}
/**
 * Count is the number of votes cast for one option (Popolo's Count), by all voters or, with a Group, by a group of them.
 */
export interface DecisionCount {
  /**
   * Option counted. A veto is counted among the noes.
   */
  option: "yes" | "no" | "abstain" | "absent" | "not-voting" | "paired" | "present" | "not-participating" | "veto";
  /**
   * Value is the number of votes.
   */
  value: number;
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  group?: string;
}
/**
 * Position is how one member voted (Popolo's Vote): the voter, the option, the voter's standing in the body, and the statement that explains the vote.
 */
export interface DecisionPosition {
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  voter: string;
  /**
   * Option the voter chose.
   */
  option: "yes" | "no" | "abstain" | "absent" | "not-voting" | "paired" | "present" | "not-participating" | "veto";
  /**
   * Role is the voter's standing in the body; none means member.
   */
  role?: "member" | "permanent-member" | "elected-member";
  /**
   * ID identifies a node: an absolute IRI such as urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or https://example.org/events/1.
   */
  explanation?: string;
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText28 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
/**
 * Text is a string in one or more languages, keyed by BCP 47 language tags: {"fr": "Accord sur les principes fondamentaux", "en-t-fr": "Agreement on the fundamental principles"}. Keys are BCP 47 language tags other than "und"; a translation carries the -t- extension naming its source language ("en-t-fr").
 */
export interface DiploText29 {
  /**
   * The text in the language of its key: not blank, without control characters other than tab and line breaks.
   */
  [k: string]: string;
}
