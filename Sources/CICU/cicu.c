#include "cicu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

struct cicu_breaker {
    UBreakIterator *iterator;
    UText *text;
};

cicu_breaker *cicu_breaker_open(cicu_break_kind kind, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == CICU_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *iterator = ubrk_open(type, "en_GB@ss=standard", NULL, 0, &status);
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

const char *cicu_version(void) {
    static char version[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, version);
    return version;
}
