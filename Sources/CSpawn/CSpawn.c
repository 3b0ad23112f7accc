#define _GNU_SOURCE
#include "CSpawn.h"
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <errno.h>

int loupe_spawn_in_group(pid_t *pid, const char *directory, char *const argv[], char *const envp[],
                         int in, int out, int err) {
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    sigset_t defaults, mask;
    int result = posix_spawn_file_actions_init(&actions);
    if (result != 0) return result;
    result = posix_spawnattr_init(&attributes);
    if (result != 0) { posix_spawn_file_actions_destroy(&actions); return result; }
    if (!result) result = posix_spawn_file_actions_adddup2(&actions, in, 0);
    if (!result) result = posix_spawn_file_actions_adddup2(&actions, out, 1);
    if (!result) result = posix_spawn_file_actions_adddup2(&actions, err, 2);
    if (!result) result = posix_spawn_file_actions_addclosefrom_np(&actions, 3);
    if (!result) result = posix_spawn_file_actions_addchdir_np(&actions, directory);
    sigfillset(&defaults);
    sigemptyset(&mask);
    if (!result) result = posix_spawnattr_setsigdefault(&attributes, &defaults);
    if (!result) result = posix_spawnattr_setsigmask(&attributes, &mask);
    if (!result) result = posix_spawnattr_setpgroup(&attributes, 0);
    if (!result) result = posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    if (!result) result = posix_spawn(pid, argv[0], &actions, &attributes, argv, envp);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    return result;
}

int loupe_flush_stdout(void) {
    errno = 0;
    if (fflush(stdout) != 0 || ferror(stdout)) return errno ? errno : EIO;
    return 0;
}
