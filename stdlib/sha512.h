// SHA-512 (FIPS 180-4), for random.seed(str) which hashes its seed as
// CPython does. Not for security uses: nothing here resists timing attacks.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace capy {

std::array<uint8_t, 64> sha512(std::string_view data);

}  // namespace capy
