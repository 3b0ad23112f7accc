#ifndef LOUPE_CSPAWN_H
#define LOUPE_CSPAWN_H
#include <sys/types.h>

/* Starts `argv[0]` (a path) as a child in a new process group of its own (numbered by its pid),
   in `directory`, with `in`, `out`, `err` as its standard descriptors and every other descriptor
   closed, every signal at its default and none blocked. Returns 0 and sets `*pid`, or an errno. */
int loupe_spawn_in_group(pid_t *pid, const char *directory, char *const argv[], char *const envp[],
                         int in, int out, int err);

/* Flushes the C library's standard output; 0 when everything buffered was written, else the
   errno of the failure (or EIO when an earlier flush had failed). */
int loupe_flush_stdout(void);

#endif
