// Float floor division, modulo, divmod and power with Python's rules.
//
// Python's % takes the sign of the divisor and // rounds toward negative infinity, and
// CPython computes both from fmod so that x == (x // y) * y + x % y holds as closely as
// floating point allows; the quotient is snapped to the nearest integer because
// (x - mod) / y can land a hair away from it. Power handles the IEEE special cases itself
// (CPython does not trust the C library's pow for them) and turns ERANGE into
// OverflowError.

#include <cerrno>
#include <cmath>

#include "vm/format.h"

namespace capy {

namespace {

bool is_odd_integer(double y) {
  // Odd integers are below 2**53 in magnitude; fmod is exact.
  return std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
}

}  // namespace

FormatStatus float_divmod(double x, double y, double& div, double& mod, std::string& error) {
  if (y == 0.0) {
    error = "float divmod()";
    return FormatStatus::kZeroDivisionError;
  }
  mod = std::fmod(x, y);
  double q = (x - mod) / y;
  if (mod != 0.0) {
    if ((y < 0) != (mod < 0)) {
      mod += y;
      q -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, y);
  }
  if (q != 0.0) {
    div = std::floor(q);
    if (q - div > 0.5) div += 1.0;
  } else {
    div = std::copysign(0.0, x / y);
  }
  return FormatStatus::kOk;
}

FormatStatus float_floor_div(double x, double y, double& out, std::string& error) {
  double mod;
  if (y == 0.0) {
    error = "float floor division by zero";
    return FormatStatus::kZeroDivisionError;
  }
  return float_divmod(x, y, out, mod, error);
}

FormatStatus float_mod(double x, double y, double& out, std::string& error) {
  if (y == 0.0) {
    error = "float modulo";
    return FormatStatus::kZeroDivisionError;
  }
  double mod = std::fmod(x, y);
  if (mod != 0.0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = std::copysign(0.0, y);
  }
  out = mod;
  return FormatStatus::kOk;
}

FormatStatus float_pow(double x, double y, double& out, std::string& error) {
  if (y == 0.0) {  // x ** 0 is 1, even for nan and 0
    out = 1.0;
    return FormatStatus::kOk;
  }
  if (std::isnan(x)) {
    out = x;
    return FormatStatus::kOk;
  }
  if (std::isnan(y)) {
    out = x == 1.0 ? 1.0 : y;
    return FormatStatus::kOk;
  }
  if (std::isinf(y)) {
    double ax = std::fabs(x);
    if (ax == 1.0) {
      out = 1.0;
    } else if ((y > 0.0) == (ax > 1.0)) {
      out = std::fabs(y);
    } else {
      out = 0.0;
    }
    return FormatStatus::kOk;
  }
  if (std::isinf(x)) {
    bool odd = is_odd_integer(y);
    if (y > 0.0) {
      out = odd ? x : std::fabs(x);
    } else {
      out = odd ? std::copysign(0.0, x) : 0.0;
    }
    return FormatStatus::kOk;
  }
  if (x == 0.0) {
    if (y < 0.0) {
      error = "0.0 cannot be raised to a negative power";
      return FormatStatus::kZeroDivisionError;
    }
    out = is_odd_integer(y) ? x : 0.0;
    return FormatStatus::kOk;
  }
  bool negate = false;
  if (x < 0.0) {
    if (y != std::floor(y)) {
      error = "complex result of float power";
      return FormatStatus::kComplexResult;
    }
    x = -x;
    negate = is_odd_integer(y);
  }
  if (x == 1.0) {
    out = negate ? -1.0 : 1.0;
    return FormatStatus::kOk;
  }
  double r = std::pow(x, y);
  if (std::isinf(r)) {
    error = "(34, 'Numerical result out of range')";
    return FormatStatus::kOverflowError;
  }
  out = negate ? -r : r;
  return FormatStatus::kOk;
}

}  // namespace capy
