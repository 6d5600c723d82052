#ifndef LEGGIO_FUZZ_DRIVER_H
#define LEGGIO_FUZZ_DRIVER_H
#include <stddef.h>
#include <stdint.h>

/// One input to the target under test; returns 0 (libFuzzer's convention).
typedef int (*leggio_fuzz_callback)(const uint8_t *data, size_t size);

/// Runs libFuzzer's driver on `callback` with the command line in argc/argv. Returns -1
/// when the binary was not built with -sanitize=fuzzer (libFuzzer is not linked in).
int leggio_fuzz_run(int *argc, char ***argv, leggio_fuzz_callback callback);

#endif
