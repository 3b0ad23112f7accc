#ifndef LOUPE_CREADLINE_SHIM_H
#define LOUPE_CREADLINE_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <readline/readline.h>
#include <readline/history.h>

/* Accessors for readline's global variables: Swift 6 cannot touch mutable C globals directly. */

static inline void loupe_rl_configure(const char *name, rl_completion_func_t *complete) {
    rl_readline_name = strdup(name);
    rl_catch_signals = 0;
    rl_completer_word_break_characters = strdup(" \t\n");
    rl_attempted_completion_function = complete;
}

static inline const char *loupe_rl_line_buffer(void) { return rl_line_buffer; }
static inline void loupe_rl_completion_over(void) { rl_attempted_completion_over = 1; }
static inline void loupe_rl_no_append_character(void) { rl_completion_append_character = '\0'; }

#endif
