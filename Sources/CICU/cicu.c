#include "cicu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

/// The locale of every breaker; its sentence breakers suppress breaks after this
/// locale's abbreviations ("ss=standard").
#define CICU_LOCALE_BASE "en_GB"

struct cicu_breaker {
    UBreakIterator *iterator;
    UText *text;
};

cicu_breaker *cicu_breaker_open(cicu_break_kind kind, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == CICU_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *iterator = ubrk_open(type, CICU_LOCALE_BASE "@ss=standard", NULL, 0, &status);
    if (U_FAILURE(status)) {
        if (error) *error = (int32_t)status;
        return NULL;
    }
    cicu_breaker *breaker = calloc(1, sizeof(cicu_breaker));
    if (!breaker) {
        ubrk_close(iterator);
        if (error) *error = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    if (error) *error = 0;
    return breaker;
}

int32_t cicu_breaker_set_text(cicu_breaker *breaker, const char *utf8, int64_t length) {
    UErrorCode status = U_ZERO_ERROR;
    breaker->text = utext_openUTF8(breaker->text, utf8, length, &status);
    if (U_FAILURE(status)) return (int32_t)status;
    ubrk_setUText(breaker->iterator, breaker->text, &status);
    return U_FAILURE(status) ? (int32_t)status : 0;
}

int64_t cicu_breaker_next(cicu_breaker *breaker) {
    int32_t next = ubrk_next(breaker->iterator);
    return next == UBRK_DONE ? -1 : (int64_t)next;
}

int32_t cicu_breaker_rule_status(cicu_breaker *breaker) {
    return ubrk_getRuleStatus(breaker->iterator);
}

void cicu_breaker_close(cicu_breaker *breaker) {
    if (!breaker) return;
    ubrk_close(breaker->iterator);
    if (breaker->text) utext_close(breaker->text);
    free(breaker);
}

int32_t cicu_fold_case_utf8(const char *src, int32_t length, char *dest, int32_t capacity) {
    UChar stackIn[256];
    UChar stackOut[512];
    UChar *in = stackIn;
    UChar *out = stackOut;
    int32_t inCapacity = 256;
    int32_t outCapacity = 512;
    int32_t result = -1;
    UErrorCode status = U_ZERO_ERROR;
    int32_t inLength = 0;

    if (length > 200) {
        inCapacity = length + 1;
        outCapacity = 3 * length + 3;
        in = malloc(sizeof(UChar) * (size_t)inCapacity);
        out = malloc(sizeof(UChar) * (size_t)outCapacity);
        if (!in || !out) goto done;
    }
    u_strFromUTF8(in, inCapacity, &inLength, src, length, &status);
    if (U_FAILURE(status)) goto done;
    int32_t outLength = u_strFoldCase(out, outCapacity, in, inLength, U_FOLD_CASE_DEFAULT, &status);
    if (U_FAILURE(status)) goto done;
    int32_t destLength = 0;
    u_strToUTF8(dest, capacity, &destLength, out, outLength, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) {
        result = destLength;
    } else if (U_FAILURE(status)) {
        result = -1;
    } else {
        result = destLength;
    }
done:
    if (in != stackIn) free(in);
    if (out != stackOut) free(out);
    return result;
}

int32_t cicu_sentence_break_class(int32_t scalar) {
    return u_getIntPropertyValue((UChar32)scalar, UCHAR_SENTENCE_BREAK);
}

int32_t cicu_word_break_class(int32_t scalar) {
    return u_getIntPropertyValue((UChar32)scalar, UCHAR_WORD_BREAK);
}

int32_t cicu_sentence_exceptions(char *dest, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_open(U_ICUDATA_NAME "-brkitr", CICU_LOCALE_BASE, &status);
    UResourceBundle *exceptions = ures_getByKey(bundle, "exceptions", NULL, &status);
    UResourceBundle *strings = ures_getByKey(exceptions, "SentenceBreak", NULL, &status);
    int32_t needed = 0;
    while (U_SUCCESS(status) && ures_hasNext(strings)) {
        int32_t length = 0;
        const UChar *string = ures_getNextString(strings, &length, NULL, &status);
        if (U_FAILURE(status)) break;
        int32_t written = 0;
        UErrorCode convert = U_ZERO_ERROR;
        char *slot = needed < capacity ? dest + needed : NULL;
        int32_t room = needed < capacity ? capacity - needed : 0;
        u_strToUTF8(slot, room, &written, string, length, &convert);
        if (U_FAILURE(convert) && convert != U_BUFFER_OVERFLOW_ERROR) { status = convert; break; }
        if (needed + written < capacity) dest[needed + written] = 0;
        needed += written + 1;
    }
    int32_t result = U_FAILURE(status) ? -1 : needed;
    ures_close(strings);
    ures_close(exceptions);
    ures_close(bundle);
    return result;
}

const char *cicu_version(void) {
    static char version[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, version);
    return version;
}
