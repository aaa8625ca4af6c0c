// A narrow C facade over the system ICU (libicu-dev).
//
// This is the only place in notelint that includes ICU headers. It exposes
// plain C types so that Swift code never sees ICU's own type definitions,
// which clash with the ICU copy that Foundation carries on Linux.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The kind of boundaries a breaker finds.
typedef enum {
    CICU_BREAK_WORD = 0,
    CICU_BREAK_SENTENCE = 1,
} cicu_break_kind;

/// An ICU break iterator bound to a UTF-8 buffer. Opaque.
typedef struct cicu_breaker cicu_breaker;

/// Opens a breaker of the given kind for the root locale; returns NULL and sets
/// *error to a non-zero ICU error code on failure.
cicu_breaker *cicu_breaker_open(cicu_break_kind kind, int32_t *error);

/// Points the breaker at `length` bytes of UTF-8 text. The text must stay alive
/// and unchanged until the next call to set_text or close. Returns 0 on success.
int32_t cicu_breaker_set_text(cicu_breaker *breaker, const char *utf8, int64_t length);

/// The next boundary as a byte offset into the text, or -1 at the end.
int64_t cicu_breaker_next(cicu_breaker *breaker);

/// The ICU rule status of the segment that ends at the current boundary
/// (for words: 0-99 none, 100-199 number, 200-299 letter, 300-399 kana, 400-499 ideographic).
int32_t cicu_breaker_rule_status(cicu_breaker *breaker);

/// Releases the breaker.
void cicu_breaker_close(cicu_breaker *breaker);

/// Case-folds `length` bytes of UTF-8 into `dest` (capacity `capacity` bytes)
/// with ICU's default full case folding. Returns the folded length in bytes, or a
/// negative value if the input is not valid UTF-8. A result larger than
/// `capacity` means the buffer was too small and nothing useful was written.
int32_t cicu_fold_case_utf8(const char *src, int32_t length, char *dest, int32_t capacity);

/// ICU's Sentence_Break property value of `scalar` (UCHAR_SENTENCE_BREAK: 0 Other,
/// 1 ATerm, 2 Close, 3 Format, 4 Lower, 5 Numeric, 6 OLetter, 7 Sep, 8 Sp, 9 STerm,
/// 10 Upper, 11 CR, 12 Extend, 13 LF, 14 SContinue).
int32_t cicu_sentence_break_class(int32_t scalar);

/// ICU's Word_Break property value of `scalar` (UCHAR_WORD_BREAK: 0 Other, 1 ALetter,
/// 2 Format, 3 Katakana, 4 MidLetter, 5 MidNum, 6 Numeric, 7 ExtendNumLet, 8 CR, 9 Extend,
/// 10 LF, 11 MidNumLet, 12 Newline, 13 Regional_Indicator, 14 Hebrew_Letter, 15 Single_Quote,
/// 16 Double_Quote, 17-20 emoji classes, 21 ZWJ, 22 WSegSpace).
int32_t cicu_word_break_class(int32_t scalar);

/// The abbreviations after which the sentence breakers of `cicu_breaker_open` suppress
/// a break (ICU's "exceptions/SentenceBreak" data for en_GB), as UTF-8 strings each
/// followed by a NUL byte, written into `dest` (capacity `capacity` bytes). Returns the
/// bytes needed (more than `capacity` means nothing useful was written), or -1 if the
/// data cannot be read.
int32_t cicu_sentence_exceptions(char *dest, int32_t capacity);

/// The ICU version, such as "72.1".
const char *cicu_version(void);

#ifdef __cplusplus
}
#endif

#endif
