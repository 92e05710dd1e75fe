// planlens_icu.c — thin wrappers over system ICU (libicu-dev). See include/planlens_icu.h.
#include "planlens_icu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucol.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/uregex.h>
#include <unicode/unum.h>
#include <unicode/utrans.h>

// Opening a break iterator loads its rules and dictionary (about a millisecond for zh words), so
// each thread keeps one per kind and points it at new text with ubrk_setText.
static _Thread_local UBreakIterator *cachedIterator[2] = {NULL, NULL};
static _Thread_local char cachedLocale[2][32];

static UBreakIterator *pl_iterator(int32_t kind, const char *locale, UErrorCode *status) {
  int slot = kind == PL_BREAK_SENTENCE ? 1 : 0;
  if (cachedIterator[slot] != NULL && strncmp(cachedLocale[slot], locale, 31) == 0) {
    return cachedIterator[slot];
  }
  if (cachedIterator[slot] != NULL) {
    ubrk_close(cachedIterator[slot]);
    cachedIterator[slot] = NULL;
  }
  UBreakIteratorType type = kind == PL_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
  UBreakIterator *bi = ubrk_open(type, locale, NULL, 0, status);
  if (U_FAILURE(*status)) {
    return NULL;
  }
  cachedIterator[slot] = bi;
  strncpy(cachedLocale[slot], locale, 31);
  cachedLocale[slot][31] = '\0';
  return bi;
}

int32_t pl_boundaries(int32_t kind, const char *locale, const uint16_t *text, int32_t length,
                      int32_t *boundaries, int32_t *statuses, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *bi = pl_iterator(kind, locale, &status);
  if (bi == NULL || U_FAILURE(status)) {
    return -(int32_t)(U_FAILURE(status) ? status : U_INTERNAL_PROGRAM_ERROR);
  }
  ubrk_setText(bi, (const UChar *)text, length, &status);
  if (U_FAILURE(status)) {
    return -(int32_t)status;
  }
  int32_t count = 0;
  for (int32_t pos = ubrk_first(bi); pos != UBRK_DONE; pos = ubrk_next(bi)) {
    if (count < capacity) {
      boundaries[count] = pos;
      if (statuses != NULL) {
        statuses[count] = ubrk_getRuleStatus(bi);
      }
    }
    count++;
  }
  // Detach the caller's buffer before it is freed.
  UErrorCode ignored = U_ZERO_ERROR;
  ubrk_setText(bi, NULL, 0, &ignored);
  return count;
}

int32_t pl_nfkc(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);
  if (U_FAILURE(status)) {
    return -(int32_t)status;
  }
  int32_t needed =
      unorm2_normalize(nfkc, (const UChar *)src, length, (UChar *)dest, capacity, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) {
    return needed;
  }
  return U_FAILURE(status) ? -(int32_t)status : needed;
}

int32_t pl_nfkc_boundary_before(uint32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);
  if (U_FAILURE(status)) {
    return 1;
  }
  return unorm2_hasBoundaryBefore(nfkc, (UChar32)c) ? 1 : 0;
}

int32_t pl_nfkc_is_inert(uint32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);
  if (U_FAILURE(status)) {
    return 0;
  }
  return unorm2_isInert(nfkc, (UChar32)c) ? 1 : 0;
}

int32_t pl_detect_charset(const uint8_t *bytes, int32_t length, char *name, int32_t nameCapacity) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector *det = ucsdet_open(&status);
  if (U_FAILURE(status)) {
    return -(int32_t)status;
  }
  ucsdet_setText(det, (const char *)bytes, length, &status);
  const UCharsetMatch *match = ucsdet_detect(det, &status);
  if (U_FAILURE(status) || match == NULL) {
    ucsdet_close(det);
    return U_FAILURE(status) ? -(int32_t)status : -1;
  }
  const char *found = ucsdet_getName(match, &status);
  int32_t confidence = ucsdet_getConfidence(match, &status);
  if (U_FAILURE(status) || found == NULL || nameCapacity <= 0) {
    ucsdet_close(det);
    return U_FAILURE(status) ? -(int32_t)status : -1;
  }
  strncpy(name, found, (size_t)nameCapacity - 1);
  name[nameCapacity - 1] = '\0';
  ucsdet_close(det);
  return confidence;
}

int32_t pl_convert_to_utf16(const char *charset, const uint8_t *src, int32_t length,
                            uint16_t *dest, int32_t capacity, int32_t *errorOffset) {
  UErrorCode status = U_ZERO_ERROR;
  *errorOffset = -1;
  UConverter *conv = ucnv_open(charset, &status);
  if (U_FAILURE(status)) {
    return -(int32_t)status;
  }
  ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
  if (U_FAILURE(status)) {
    ucnv_close(conv);
    return -(int32_t)status;
  }
  // Convert in one pass to learn the length and find illegal input; the caller retries with room.
  UChar *target = (UChar *)dest;
  UChar *targetLimit = target + capacity;
  const char *source = (const char *)src;
  const char *sourceLimit = source + length;
  int32_t produced = 0;
  UChar scratch[256];
  for (;;) {
    UChar *start = target;
    UChar *limit = targetLimit;
    int useScratch = (target >= targetLimit);
    if (useScratch) {
      start = scratch;
      limit = scratch + 256;
    }
    UChar *out = start;
    status = U_ZERO_ERROR;
    ucnv_toUnicode(conv, &out, limit, &source, sourceLimit, NULL, 1, &status);
    produced += (int32_t)(out - start);
    if (!useScratch) {
      target = out;
    }
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      continue;
    }
    break;
  }
  ucnv_close(conv);
  if (U_FAILURE(status)) {
    if (status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND ||
        status == U_TRUNCATED_CHAR_FOUND) {
      *errorOffset = (int32_t)(source - (const char *)src);
    }
    return -(int32_t)status;
  }
  return produced;
}

int32_t pl_transliterate(const char *transformID, const uint16_t *src, int32_t length,
                         uint16_t *dest, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  UChar id[128];
  int32_t idLength = 0;
  for (; transformID[idLength] != '\0' && idLength < 127; idLength++) {
    id[idLength] = (UChar)(unsigned char)transformID[idLength];
  }
  UTransliterator *trans = utrans_openU(id, idLength, UTRANS_FORWARD, NULL, 0, NULL, &status);
  if (U_FAILURE(status)) {
    return -(int32_t)status;
  }
  // utrans works in place: copy into dest when it fits, else report the room needed.
  if (length > capacity) {
    utrans_close(trans);
    return length * 8;
  }
  memcpy(dest, src, (size_t)length * sizeof(uint16_t));
  int32_t textLength = length;
  int32_t limit = length;
  utrans_transUChars(trans, (UChar *)dest, &textLength, capacity, 0, &limit, &status);
  utrans_close(trans);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    return capacity * 2 + 16;
  }
  return U_FAILURE(status) ? -(int32_t)status : textLength;
}

pl_collator *pl_collator_open(const char *locale) {
  UErrorCode status = U_ZERO_ERROR;
  UCollator *coll = ucol_open(locale, &status);
  if (U_FAILURE(status)) {
    return NULL;
  }
  return (pl_collator *)coll;
}

void pl_collator_close(pl_collator *collator) {
  if (collator != NULL) {
    ucol_close((UCollator *)collator);
  }
}

int32_t pl_collator_compare(const pl_collator *collator, const uint16_t *a, int32_t aLength,
                            const uint16_t *b, int32_t bLength) {
  UCollationResult r =
      ucol_strcoll((const UCollator *)collator, (const UChar *)a, aLength, (const UChar *)b, bLength);
  return r == UCOL_LESS ? -1 : (r == UCOL_GREATER ? 1 : 0);
}

int32_t pl_collator_sort_key(const pl_collator *collator, const uint16_t *src, int32_t length,
                             uint8_t *dest, int32_t capacity) {
  return ucol_getSortKey((const UCollator *)collator, (const UChar *)src, length, dest, capacity);
}

int32_t pl_spellout_parse(const char *locale, const uint16_t *src, int32_t length, double *value) {
  UErrorCode status = U_ZERO_ERROR;
  UNumberFormat *fmt = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, &status);
  if (U_FAILURE(status)) {
    return -(int32_t)status;
  }
  unum_setAttribute(fmt, UNUM_LENIENT_PARSE, 0);
  int32_t pos = 0;
  *value = unum_parseDouble(fmt, (const UChar *)src, length, &pos, &status);
  unum_close(fmt);
  if (U_FAILURE(status)) {
    return 0;
  }
  return pos;
}

int32_t pl_spellout_format(const char *locale, double value, uint16_t *dest, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  UNumberFormat *fmt = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, &status);
  if (U_FAILURE(status)) {
    return -(int32_t)status;
  }
  int32_t needed = unum_formatDouble(fmt, value, (UChar *)dest, capacity, NULL, &status);
  unum_close(fmt);
  if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) {
    return needed;
  }
  return U_FAILURE(status) ? -(int32_t)status : needed;
}

struct pl_regex {
  URegularExpression *pattern;
};

pl_regex *pl_regex_open(const uint16_t *pattern, int32_t length, int32_t multiline, int32_t *status,
                        int32_t *offset) {
  UErrorCode error = U_ZERO_ERROR;
  UParseError parse;
  URegularExpression *compiled = uregex_open((const UChar *)pattern, length,
                                             multiline ? UREGEX_MULTILINE : 0, &parse, &error);
  if (U_FAILURE(error) || compiled == NULL) {
    *status = (int32_t)error;
    *offset = parse.offset;
    return NULL;
  }
  pl_regex *regex = malloc(sizeof(pl_regex));
  if (regex == NULL) {
    uregex_close(compiled);
    *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  regex->pattern = compiled;
  *status = 0;
  return regex;
}

void pl_regex_close(pl_regex *regex) {
  if (regex == NULL) {
    return;
  }
  uregex_close(regex->pattern);
  free(regex);
}

static UBool pl_regex_count_find(const void *context, int64_t index) {
  (void)index;
  *(int64_t *)context += 1;
  return 1;
}

static UBool pl_regex_count_steps(const void *context, int32_t steps) {
  (void)steps;
  *(int64_t *)context += 1;
  return 1;
}

int32_t pl_regex_find(const pl_regex *regex, const uint16_t *text, int32_t length, int32_t *ranges,
                      int32_t capacity, int64_t *work) {
  UErrorCode error = U_ZERO_ERROR;
  URegularExpression *matcher = uregex_clone(regex->pattern, &error);
  if (U_FAILURE(error)) {
    return -(int32_t)error;
  }
  if (work != NULL) {
    uregex_setFindProgressCallback(matcher, pl_regex_count_find, work, &error);
    uregex_setMatchCallback(matcher, pl_regex_count_steps, work, &error);
  }
  uregex_setText(matcher, (const UChar *)text, length, &error);
  int32_t count = 0;
  while (U_SUCCESS(error) && uregex_findNext(matcher, &error)) {
    int32_t start = uregex_start(matcher, 0, &error);
    int32_t end = uregex_end(matcher, 0, &error);
    if (count < capacity) {
      ranges[2 * count] = start;
      ranges[2 * count + 1] = end;
    }
    count++;
  }
  uregex_close(matcher);
  return U_FAILURE(error) ? -(int32_t)error : count;
}
