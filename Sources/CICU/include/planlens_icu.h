// planlens_icu.h — the only header Swift sees of system ICU.
//
// Plain C types only (<stdint.h>): no ICU type may appear here, so this module never clashes with
// the ICU that Foundation bundles. Text crosses the boundary as UTF-16 code units (uint16_t).
// Functions return a count >= 0 on success and a negative ICU error code on failure.
#ifndef PLANLENS_ICU_H
#define PLANLENS_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Break kinds for pl_boundaries.
enum { PL_BREAK_WORD = 1, PL_BREAK_SENTENCE = 2 };

/// Writes the boundaries of `text` (UTF-16 offsets, including 0 and length) into `boundaries`.
/// For words, `statuses[i]` receives the rule status of the segment ending at boundaries[i]
/// (0 = none/punctuation, 100.. number, 200.. letter, 300.. kana, 400.. ideographic); may be NULL.
/// Returns the number of boundaries, or a negative error. If the result exceeds `capacity`
/// only `capacity` were written: call again with more room.
int32_t pl_boundaries(int32_t kind, const char *locale, const uint16_t *text, int32_t length,
                      int32_t *boundaries, int32_t *statuses, int32_t capacity);

/// NFKC-normalises `src` into `dest`; returns the needed length (may exceed `capacity`).
int32_t pl_nfkc(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity);

/// 1 when NFKC has a normalisation boundary before code point `c`, so text can be normalised in
/// independent chunks split there.
int32_t pl_nfkc_boundary_before(uint32_t c);

/// 1 when NFKC leaves code point `c` unchanged whatever surrounds it (most Han characters), so
/// it can be copied without calling the normaliser.
int32_t pl_nfkc_is_inert(uint32_t c);

/// Guesses the charset of `bytes`. Writes its ICU name (NUL-terminated) into `name` and returns
/// the detector's confidence 0...100, or a negative error.
int32_t pl_detect_charset(const uint8_t *bytes, int32_t length, char *name, int32_t nameCapacity);

/// Converts `src` in `charset` to UTF-16, stopping at the first byte sequence that is not valid
/// in that charset. Returns the needed length, or a negative error; on an illegal sequence
/// `*errorOffset` receives the byte offset where conversion stopped (else -1).
int32_t pl_convert_to_utf16(const char *charset, const uint8_t *src, int32_t length,
                            uint16_t *dest, int32_t capacity, int32_t *errorOffset);

/// Transliterates with an ICU transform id such as "Han-Latin; Latin-ASCII".
/// Returns the needed length, or a negative error.
int32_t pl_transliterate(const char *transformID, const uint16_t *src, int32_t length,
                         uint16_t *dest, int32_t capacity);

/// An opaque zh collator; thread-safe for the calls below once opened.
typedef struct pl_collator pl_collator;

/// Opens a collator for `locale` (e.g. "zh" for pinyin order), or NULL on failure.
pl_collator *pl_collator_open(const char *locale);
void pl_collator_close(pl_collator *collator);
/// Compares two UTF-16 strings: -1, 0 or 1.
int32_t pl_collator_compare(const pl_collator *collator, const uint16_t *a, int32_t aLength,
                            const uint16_t *b, int32_t bLength);
/// Writes the sort key (bytes, NUL-terminated) and returns its length (may exceed `capacity`).
int32_t pl_collator_sort_key(const pl_collator *collator, const uint16_t *src, int32_t length,
                             uint8_t *dest, int32_t capacity);

/// Parses a number written in `locale`'s spell-out rules (zh: 一千二百, 二〇二五 …) from the
/// start of `src`. Returns the number of UTF-16 units consumed (0 when none) and the value in
/// `*value`.
int32_t pl_spellout_parse(const char *locale, const uint16_t *src, int32_t length, double *value);

/// Formats `value` with `locale`'s spell-out rules. Returns the needed length, or a negative error.
int32_t pl_spellout_format(const char *locale, double value, uint16_t *dest, int32_t capacity);

/// An opaque compiled regular expression (ICU syntax, as NSRegularExpression's); shared
/// between threads, each search working on its own clone.
typedef struct pl_regex pl_regex;

/// Compiles `pattern` (UTF-16); `multiline` makes ^ and $ match at line ends. NULL on failure,
/// with the ICU error code in `*status` and the pattern offset of the error in `*offset`.
pl_regex *pl_regex_open(const uint16_t *pattern, int32_t length, int32_t multiline, int32_t *status,
                        int32_t *offset);
void pl_regex_close(pl_regex *regex);

/// Finds the matches of `regex` in `text` (UTF-16), writing each match's start and end offsets
/// into `ranges` (two entries a match) for the first `capacity` matches. Returns the number of
/// matches (may exceed `capacity`), or a negative ICU error code. When `work` is not NULL it is
/// increased once per position a match is tried from and once per 10,000 steps of matching.
int32_t pl_regex_find(const pl_regex *regex, const uint16_t *text, int32_t length, int32_t *ranges,
                      int32_t capacity, int64_t *work);

#ifdef __cplusplus
}
#endif

#endif
