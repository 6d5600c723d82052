# Builds Leggio as it ships and installs it under a prefix:
#   make install PREFIX=~/.local      (the default prefix; /usr/local needs sudo)
#   make uninstall PREFIX=~/.local
# The binary is a release build with the Swift runtime linked in (--static-swift-stdlib);
# its resources (gazetteers, sample library) and themes go under PREFIX/share/leggio, the
# manual page (generated from the command definitions) and the bash, zsh and fish
# completions where man and the shells look for them. DESTDIR stages an install for a package.

PREFIX ?= $(HOME)/.local
SWIFT ?= swift
BUILD = $(SWIFT) build -c release --static-swift-stdlib
GENERATED = .build/install

ROOT = $(DESTDIR)$(PREFIX)
BINDIR = $(ROOT)/bin
DATADIR = $(ROOT)/share/leggio
MANDIR = $(ROOT)/share/man/man1
BASHDIR = $(ROOT)/share/bash-completion/completions
ZSHDIR = $(ROOT)/share/zsh/site-functions
FISHDIR = $(ROOT)/share/fish/vendor_completions.d

.PHONY: build install uninstall

# The binary, its manual page and completions, under .build/install. A blank line of a
# command's discussion becomes a paragraph break (.Pp), which mdoc wants instead.
build:
	$(BUILD) --product leggio
	$(BUILD) --product generate-manual
	rm -rf $(GENERATED) && mkdir -p $(GENERATED)
	bin=$$($(BUILD) --show-bin-path) && \
	  $$bin/generate-manual $$bin/leggio --output-directory $(GENERATED) && \
	  sed -i 's/^$$/.Pp/' $(GENERATED)/leggio.1 && \
	  for shell in bash zsh fish; do $$bin/leggio --generate-completion-script $$shell > $(GENERATED)/leggio.$$shell || exit 1; done

install: build
	bin=$$($(BUILD) --show-bin-path) && \
	  install -d $(BINDIR) $(DATADIR)/themes $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR) && \
	  install -m 755 $$bin/leggio $(BINDIR)/leggio && \
	  rm -rf $(DATADIR)/Leggio_ArticleKit.resources && \
	  cp -R $$bin/Leggio_ArticleKit.resources $(DATADIR)/
	install -m 644 Themes/*.toml $(DATADIR)/themes/
	install -m 644 $(GENERATED)/leggio.1 $(MANDIR)/leggio.1
	install -m 644 $(GENERATED)/leggio.bash $(BASHDIR)/leggio
	install -m 644 $(GENERATED)/leggio.zsh $(ZSHDIR)/_leggio
	install -m 644 $(GENERATED)/leggio.fish $(FISHDIR)/leggio.fish

uninstall:
	rm -f $(BINDIR)/leggio $(MANDIR)/leggio.1 $(BASHDIR)/leggio $(ZSHDIR)/_leggio $(FISHDIR)/leggio.fish
	rm -rf $(DATADIR)
