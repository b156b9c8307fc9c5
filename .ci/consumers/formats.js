// The formats diplo's schemas use that JSON Schema does not define, as
// real checks for ajv.addFormat, written here independently of the
// schemas' patterns and of diplo's Go code so that each judges the other:
//
//   edtf  the dates diplo.ParseDate reads: YYYY, YYYY-MM, YYYY-MM-DD,
//         YYYY-MM-DDThh:mm[:ss] with an optional zone (Z or ±hh:mm, at
//         most 14:00, not -00:00), each optionally followed by ?, ~ or %;
//         years from -9999 to 9999 (no -0000), the days of each month,
//         29 February in leap years only.
//   iri   an absolute IRI (RFC 3987): a scheme, a colon and at least one
//         character, none of them white space, a control character, one
//         of <>"{}|\^` or U+FFFD, no bidirectional control, and every %
//         followed by two hexadecimal digits.
"use strict";

const dateRE =
  /^(-?)([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2})(?:T([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?(Z|[+-][0-9]{2}:[0-9]{2})?)?)?)?[?~%]?$/;

function daysIn(year, month) {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function edtf(s) {
  const m = dateRE.exec(s);
  if (!m) return false;
  const [, neg, y, mo, d, hh, mm, ss, zone] = m;
  const year = Number(y); // -0044 is read like 0044 for leap years
  if (neg && year === 0) return false;
  if (mo !== undefined) {
    const month = Number(mo);
    if (month < 1 || month > 12) return false;
    if (d !== undefined) {
      const day = Number(d);
      if (day < 1 || day > daysIn(year, month)) return false;
    }
  }
  if (hh !== undefined) {
    if (Number(hh) > 23 || Number(mm) > 59 || (ss !== undefined && Number(ss) > 59)) return false;
  }
  if (zone !== undefined && zone !== "Z") {
    const zh = Number(zone.slice(1, 3));
    const zm = Number(zone.slice(4, 6));
    if (zm > 59 || zh * 60 + zm > 14 * 60) return false;
    if (zone === "-00:00") return false; // an unknown offset
  }
  return true;
}

const excluded = /[\x00-\x20\x7f-\xa0<>"{}|\\^`\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufffd]/u;
const bidi = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

function iri(s) {
  const m = /^[A-Za-z][A-Za-z0-9+.-]*:(.+)$/su.exec(s);
  if (!m) return false;
  const rest = m[1];
  if (excluded.test(rest) || bidi.test(rest)) return false;
  if (/%(?![0-9A-Fa-f]{2})/.test(rest)) return false;
  return true;
}

// addFormats registers both on an ajv instance.
function addDiploFormats(ajv) {
  ajv.addFormat("edtf", { type: "string", validate: edtf });
  ajv.addFormat("iri", { type: "string", validate: iri });
  return ajv;
}

module.exports = { edtf, iri, addDiploFormats };
