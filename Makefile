# A thin layer over CMake: the README's two commands, and the benchmarks.
BUILD      ?= build
JOBS       ?= $(shell nproc)
KEYPROJ    := $(BUILD)/src/cli/keyproj
DEMO_DB    := $(BUILD)/demo.db

.PHONY: all deps build demo test bench clean

all: build

deps:
	@scripts/install-deps

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

# A fresh database with the seeded portfolio, then what leaders ask for first: the summary
# report and the head of the overdue list.
demo: build
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	@$(KEYPROJ) --db $(DEMO_DB) init
	@$(KEYPROJ) --db $(DEMO_DB) seed
	@$(KEYPROJ) --db $(DEMO_DB) report
	@echo
	@$(KEYPROJ) --db $(DEMO_DB) overdue | head -n 22

test: build
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# keyproj against the sqlite3 shell and Taskwarrior: writes bench/RESULTS.md (several minutes).
bench: build
	@scripts/install-deps bench
	@BUILD=$(BUILD) bench/run

clean:
	rm -rf $(BUILD) build-*
