#pragma once
// The generator's randomness: SplitMix64 with a fixed seed. Written out rather than taken from
// <random> because the standard distributions differ between library versions, and the
// portfolio must be the same file on every machine. Each project draws from its own stream
// (seed mixed with its number), so any part of the portfolio can be regenerated on its own.

#include <cstdint>
#include <span>

namespace keyproj::bench {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  Rng(std::uint64_t seed, std::uint64_t stream) : state_(seed ^ (stream * 0xD1B54A32D192ED03ull)) { next(); }

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

  // A whole number in [lo, hi] (the modulo bias is far below what matters here).
  std::int64_t between(std::int64_t lo, std::int64_t hi) {
    return lo + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(hi - lo + 1));
  }

  // True with probability per_mille / 1000.
  bool chance(int per_mille) { return static_cast<int>(next() % 1000) < per_mille; }

  // A number in [0, 1).
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

  template <typename T>
  const T& pick(std::span<const T> items) {
    return items[next() % items.size()];
  }

  // An index drawn with the given weights.
  std::size_t weighted(std::span<const int> weights) {
    int total = 0;
    for (int w : weights) total += w;
    int r = static_cast<int>(next() % static_cast<std::uint64_t>(total));
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (r < weights[i]) return i;
      r -= weights[i];
    }
    return weights.size() - 1;
  }

 private:
  std::uint64_t state_;
};

}  // namespace keyproj::bench
