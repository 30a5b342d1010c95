# A thin layer over CMake: the README's two commands, and the benchmarks.
BUILD      ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
JOBS       ?= $(shell nproc)
# The large portfolio of make bench: M (RESULTS.md), or L for the scale run (RESULTS-L.md).
SIZE       ?= M
# PG=1 adds to make bench at M the lines P1–P3, keyproj on a throw-away PostgreSQL server.
PG         ?= 0
KEYPROJ    := $(BUILD)/src/cli/keyproj
DEMO_DB    := $(BUILD)/demo.db
# Builds print only what needs a look: the progress goes to a log in the build folder, shown
# whole when the build fails or warns. `make V=1 …` shows everything as it happens.
V ?=
quietly = $(if $(V),$(1),$(1) >$(2)/build.log 2>&1 || { cat $(2)/build.log; exit 1; }; \
  ! grep -q 'warning:' $(2)/build.log || cat $(2)/build.log)

# Seconds each fuzz target runs for `make fuzz`; `make test` runs each for 10.
FUZZ_SECONDS ?= 60

# Any sanitizer report fails the run: ASan, LeakSanitizer and UBSan all abort the process
# (a crash the tests see), and print where.
SANITIZER_ENV := ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1 \
                 UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1

.PHONY: all deps deps-fuzz build build-asan build-fuzz demo check test fuzz bench deb install clean

all: build

deps:
	@scripts/install-deps

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@$(call quietly,cmake --build $(BUILD) -j $(JOBS),$(BUILD))

# The seeded portfolio as the plans state it, then a month's cycle on Tianmen's projects from the
# invented example files of examples/ (see its README), as the user 示例 at pinned dates
# (scripts/demo, which tests/demo runs too).
demo: build
	@scripts/demo $(KEYPROJ) $(DEMO_DB) $(BUILD)/demo-bulletin.html

deps-fuzz:
	@scripts/install-deps fuzz

# The edit-test loop: the release build and every one of its tests, nothing else.
check: build
	@$(call quietly,cmake --build $(BUILD) -j $(JOBS) --target unit_tests,$(BUILD))
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# Everything, each suite once, in the build where it checks the most (tests/CMakeLists.txt's
# labels), so that CI finishes within its 90 minutes on two slow cores:
# - on the release build: the PostgreSQL suites, the stress tests and the scripts;
# - on keyproj of the AddressSanitizer and UndefinedBehaviorSanitizer build: the end-to-end,
#   bad-input and reliability suites (the release build's programs, run with KEYPROJ_TEST_BINARY)
#   and the unit tests (built there, against the instrumented libraries);
# then a 10-second run of each fuzz target. The stress tests stay off the sanitizers: 800
# concurrent writes and 50 killed seeds take minutes there and exercise SQLite more than our code.
test: deps-fuzz build build-asan
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS) -L 'postgres|stress|scripts'
	@$(SANITIZER_ENV) KEYPROJ_TEST_BINARY=$(abspath $(ASAN_BUILD))/src/cli/keyproj \
	  ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS) -L e2e
	@$(SANITIZER_ENV) ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS)
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=10

# -O1 and line tables only, as the sanitizers' own documentation advises: their reports need
# file and line, not variables; and this build is the longest part of `make test`, which CI
# must finish within 90 minutes. At -O2 -g a file took twice the compile time (store/projects.cpp:
# 41 s of CPU against 21 s).
build-asan: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
	  -DKEYPROJ_SANITIZE=ON >/dev/null
	@$(call quietly,cmake --build $(ASAN_BUILD) -j $(JOBS),$(ASAN_BUILD))

# -O1 and line tables, as libFuzzer's documentation advises, for the same reason as above.
build-fuzz: deps-fuzz
	@cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
	  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" -DKEYPROJ_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
	@$(call quietly,cmake --build $(FUZZ_BUILD) -j $(JOBS) --target $(patsubst %,fuzz_%,$(notdir $(wildcard tests/fuzz/corpus/*))),$(FUZZ_BUILD))

# Each libFuzzer target for FUZZ_SECONDS (default 60) from the seeds in tests/fuzz/corpus/.
fuzz: build-fuzz
	@scripts/run-fuzz $(FUZZ_BUILD) $(FUZZ_SECONDS)

# keyproj against the sqlite3 shell and Taskwarrior: writes bench/RESULTS.md (under ten
# minutes); PG=1 adds psql on a throw-away PostgreSQL server (about 25 minutes in all); SIZE=L
# writes bench/RESULTS-L.md (about 50 minutes, 27 GB of disk).
bench: build
	@scripts/install-deps bench
	@BUILD=$(BUILD) SIZE=$(SIZE) PG=$(PG) bench/run

# The Debian package, keyproj_VERSION_ARCH.deb in the build folder (CPack: cmake/Package.cmake).
deb: build
	@cd $(BUILD) && cpack -G DEB >cpack.log 2>&1 || { cat cpack.log; exit 1; }
	@ls $(CURDIR)/$(BUILD)/keyproj_*.deb

# The same files as the package, under PREFIX (default /usr/local).
PREFIX ?= /usr/local
install: build
	@cmake --install $(BUILD) --prefix $(PREFIX) --strip

clean:
	rm -rf $(BUILD) build-*
