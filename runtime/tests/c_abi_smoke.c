/* Compiled as C: proves actionc_runtime.h is valid C and usable without C++. */
#include "actionc/actionc_runtime.h"

#include <stdio.h>
#include <string.h>

static int fail(const char* what) {
    fprintf(stderr, "%s: %s\n", what, actionc_last_error_message());
    return 1;
}

int main(void) {
    /* 32 bytes of 0x01, base64. */
    const char* key = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";
    actionc_keyring* ring = NULL;
    if (actionc_keyring_from_base64(key, NULL, &ring) != ACTIONC_OK) return fail("keyring");

    const char* id = "some-action";
    const char* data = "[1,2,3]";
    char* blob = NULL;
    if (actionc_encrypt_bound_args(ring, id, strlen(id), data, strlen(data), &blob) != ACTIONC_OK) return fail("encrypt");
    unsigned char* plain = NULL;
    size_t length = 0;
    if (actionc_decrypt_bound_args(ring, id, strlen(id), blob, strlen(blob), &plain, &length) != ACTIONC_OK) {
        return fail("decrypt");
    }
    int mismatch = length != strlen(data) || memcmp(plain, data, length) != 0;
    actionc_free(plain);
    actionc_free(blob);
    actionc_keyring_free(ring);
    if (mismatch) {
        fprintf(stderr, "round trip changed the data\n");
        return 1;
    }
    return 0;
}
