#include "fuzz_driver.h"
#include <stdio.h>
#include <stdlib.h>

// libFuzzer's entry point for a program with its own main. Weak: a build without
// -sanitize=fuzzer links without it, and leggio_fuzz_run then says so.
extern int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *, size_t)) __attribute__((weak));

static leggio_fuzz_callback registered = 0;

// libFuzzer's archive brings its own main, which wants this symbol; that main is never the
// one that runs (the Swift program's is), but the link needs it. It forwards to the callback.
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!registered) {
        fprintf(stderr, "leggio-fuzz: no target chosen\n");
        abort();
    }
    return registered(data, size);
}

int leggio_fuzz_run(int *argc, char ***argv, leggio_fuzz_callback callback) {
    if (!LLVMFuzzerRunDriver) return -1;
    registered = callback;
    return LLVMFuzzerRunDriver(argc, argv, callback);
}
