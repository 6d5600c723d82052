// ncursesw for Swift: wide-character curses plus small accessors for what Swift cannot import
// (C globals such as stdscr and LINES, macros such as A_BOLD and getmaxyx), and signal
// handlers that restore the terminal. Only CursesTerminal imports this module.
#ifndef LEGGIO_CNCURSESW_SHIM_H
#define LEGGIO_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <signal.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Globals.
static inline WINDOW *leggio_stdscr(void) { return stdscr; }
static inline int leggio_lines(void) { return LINES; }
static inline int leggio_cols(void) { return COLS; }
static inline int leggio_colors(void) { return COLORS; }
static inline int leggio_color_pairs(void) { return COLOR_PAIRS; }

// Attributes (macros in curses.h).
static inline attr_t leggio_a_normal(void) { return A_NORMAL; }
static inline attr_t leggio_a_bold(void) { return A_BOLD; }
static inline attr_t leggio_a_dim(void) { return A_DIM; }
static inline attr_t leggio_a_underline(void) { return A_UNDERLINE; }
static inline attr_t leggio_a_reverse(void) { return A_REVERSE; }
static inline attr_t leggio_a_italic(void) { return A_ITALIC; }

static inline int leggio_getmaxy(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int leggio_getmaxx(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }

// Keys (KEY_* are macros).
static inline int leggio_key_up(void) { return KEY_UP; }
static inline int leggio_key_down(void) { return KEY_DOWN; }
static inline int leggio_key_left(void) { return KEY_LEFT; }
static inline int leggio_key_right(void) { return KEY_RIGHT; }
static inline int leggio_key_npage(void) { return KEY_NPAGE; }
static inline int leggio_key_ppage(void) { return KEY_PPAGE; }
static inline int leggio_key_home(void) { return KEY_HOME; }
static inline int leggio_key_end(void) { return KEY_END; }
static inline int leggio_key_enter(void) { return KEY_ENTER; }
static inline int leggio_key_backspace(void) { return KEY_BACKSPACE; }
static inline int leggio_key_dc(void) { return KEY_DC; }
static inline int leggio_key_btab(void) { return KEY_BTAB; }
static inline int leggio_key_resize(void) { return KEY_RESIZE; }
static inline int leggio_key_mouse(void) { return KEY_MOUSE; }
static inline int leggio_key_f(int n) { return KEY_F(n); }

// Mouse.
static inline mmask_t leggio_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int leggio_mouse_kind(mmask_t state) {
    // 1 click, 4 wheel up, 5 wheel down, 0 other.
    if (state & BUTTON4_PRESSED) return 4;
#ifdef BUTTON5_PRESSED
    if (state & BUTTON5_PRESSED) return 5;
#endif
    if (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
    return 0;
}

// Drawing one cell: a grapheme cluster given as up to 6 wide characters.
static inline int leggio_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t c;
    if (setcchar(&c, text, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &c);
}

// Signals. Terminating signals restore the terminal and exit at once (128 + signal), so the
// shell gets its cooked mode back even when the reader is busy; but while the run loop holds
// something unsaved (a reading position), the signal is only noted: the loop, which polls
// every quarter second then, saves and leaves, and if it has not within two seconds the
// alarm leaves anyway. A second signal leaves at once. A crash (abort, trap, bad memory
// access) restores the terminal and re-raises the signal for the default action.
static volatile sig_atomic_t leggio_continued = 0;
static volatile sig_atomic_t leggio_unsaved = 0;
static volatile sig_atomic_t leggio_stop_signal = 0;

static void leggio_on_terminate(int sig) {
    if (!leggio_unsaved || leggio_stop_signal != 0) {
        endwin();
        _exit(128 + sig);
    }
    leggio_stop_signal = sig;
    alarm(2);
}

static void leggio_on_late(int sig) {
    (void)sig;
    endwin();
    _exit(128 + (int)leggio_stop_signal);
}

/// Whether the run loop holds something a terminating signal should wait for.
static inline void leggio_set_unsaved(int flag) { leggio_unsaved = flag; }

/// The terminating signal noted while something was unsaved, or 0.
static inline int leggio_stop_requested(void) { return leggio_stop_signal; }

static void leggio_on_crash(int sig) {
    endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void leggio_on_continue(int sig) {
    (void)sig;
    leggio_continued = 1;
}

static inline void leggio_install_signal_handlers(void) {
    // A parent may have left these blocked (threads of a test runner, some launchers):
    // unblock them, or Ctrl-C, kill and resize would never reach the reader.
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGQUIT);
    sigaddset(&wanted, SIGTSTP);
    sigaddset(&wanted, SIGCONT);
    sigaddset(&wanted, SIGWINCH);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = leggio_on_terminate;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigaction(SIGQUIT, &sa, NULL);
    sa.sa_handler = leggio_on_late;
    sigaction(SIGALRM, &sa, NULL);
    sa.sa_handler = leggio_on_crash;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGILL, &sa, NULL);
    sigaction(SIGTRAP, &sa, NULL);
    sigaction(SIGABRT, &sa, NULL);
    sigaction(SIGFPE, &sa, NULL);
    sa.sa_handler = leggio_on_continue;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGCONT, &sa, NULL);
}

/// True once after the process was continued (fg after Ctrl-Z): the screen needs a full redraw.
static inline int leggio_take_continued(void) {
    int was = leggio_continued;
    leggio_continued = 0;
    return was;
}

static inline void leggio_set_locale(void) { setlocale(LC_ALL, ""); }

/// The descriptor keys are read from: standard input, or the terminal (/dev/tty) when
/// standard input holds the article (`cat FILE | leggio`).
static int leggio_input_fd = 0;
static FILE *leggio_tty = NULL;

/// True when the terminal is gone (hung up or closed under us): input reports a hang-up or an
/// error. Without this check a blocking read on a dead terminal returns at once, forever.
static inline int leggio_input_gone(void) {
    struct pollfd p = { .fd = leggio_input_fd, .events = POLLIN, .revents = 0 };
    if (poll(&p, 1, 0) < 0) return 0;
    return (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

/// Notes a hang-up found by reading (the terminal closed): the run loop saves what is unsaved
/// and leaves with 129, as for SIGHUP; the alarm leaves anyway if it has not within two seconds.
static inline void leggio_note_hangup(void) {
    if (leggio_stop_signal == 0) leggio_stop_signal = SIGHUP;
    alarm(2);
}

/// Opens /dev/tty to read keys from, as less does when its input is a pipe; 0, or the errno
/// of the failure (no controlling terminal).
static inline int leggio_open_tty(void) {
    if (leggio_tty) return 0;
    leggio_tty = fopen("/dev/tty", "r");
    if (!leggio_tty) return errno ? errno : ENXIO;
    fcntl(fileno(leggio_tty), F_SETFD, FD_CLOEXEC);
    return 0;
}

/// Starts curses on the process's terminal, reading keys from /dev/tty once
/// `leggio_open_tty` opened it; NULL (instead of exiting, as initscr does) when the terminal
/// type is unknown.
static inline SCREEN *leggio_newterm(void) {
    FILE *in = leggio_tty ? leggio_tty : stdin;
    SCREEN *s = newterm(NULL, stdout, in);
    if (s) {
        set_term(s);
        leggio_input_fd = fileno(in);
    }
    return s;
}

/// The next refresh repaints every cell.
static inline void leggio_force_repaint(void) { clearok(curscr, TRUE); }

#endif
