// The gamma function and its logarithm, computed the way CPython 3.11 does,
// so that math.gamma and math.lgamma agree with python3 to the last bit
// (libm's tgamma/lgamma differ from it in the last digit at many points).
//
// The method is Lanczos' approximation with the parameter set published by
// Godfrey and used by Boost ("lanczos13m53"): g = 6.024680040776729583740234375
// and a 13-term rational sum L(x) = num(x) / den(x), where den(x) is
// x (x+1) ... (x+11). Then, for x > 0,
//
//   gamma(x) = L(x) * (x + g - 1/2)^(x - 1/2) / exp(x + g - 1/2)
//
// with a first-order correction for the rounding error of x + g - 1/2, and
// the reflection formula gamma(-x) = -pi / (x sin(pi x) gamma(x)) for x < 0.
// L is evaluated in powers of x for small x and of 1/x for large x, so it
// never overflows. Integers up to 23 return the exact factorial. lgamma uses
// the same sum in log form.
#include "stdlib/math_gamma.h"

#include <cmath>

namespace capy {

namespace {

constexpr int kTerms = 13;
constexpr double kG = 6.024680040776729583740234375;
constexpr double kGMinusHalf = 5.524680040776729583740234375;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;
constexpr double kPi = 3.141592653589793238462643383279502884197;

// Numerator of the Lanczos sum, lowest power first.
constexpr double kNum[kTerms] = {
    23531376880.41075968857200767445163675473, 42919803642.64909876895789904700198885093,
    35711959237.35566804944018545154716670596, 17921034426.03720969991975575445893111267,
    6039542586.35202800506429164430729792107,  1439720407.311721673663223072794912393972,
    248874557.8620541565114603864132294232163, 31426415.58540019438061423162831820536287,
    2876370.628935372441225409051620849613599, 186056.2653952234950402949897160456992822,
    8071.672002365816210638002902272250613822, 210.8242777515793458725097339207133627117,
    2.506628274631000270164908177133837338626,
};

// Coefficients of x (x+1) ... (x+11), lowest power first: exact integers,
// computed once.
struct Denominator {
  double c[kTerms] = {};
  Denominator() {
    c[1] = 1.0;  // the polynomial x
    for (int k = 1; k <= 11; k++) {
      // multiply by (x + k), highest power first so c[i-1] is still old
      for (int i = kTerms - 1; i >= 1; i--) c[i] = c[i - 1] + k * c[i];
      c[0] = 0.0;
    }
  }
};

double lanczos_sum(double x) {
  static const Denominator den;
  double num_sum = 0.0, den_sum = 0.0;
  if (x < 5.0) {
    for (int i = kTerms - 1; i >= 0; i--) {
      num_sum = num_sum * x + kNum[i];
      den_sum = den_sum * x + den.c[i];
    }
  } else {
    for (int i = 0; i < kTerms; i++) {
      num_sum = num_sum / x + kNum[i];
      den_sum = den_sum / x + den.c[i];
    }
  }
  return num_sum / den_sum;
}

// sin(pi * x) without the error of forming pi * x for large x: reduce x
// modulo 2 first, then pick the quarter period.
double sin_pi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int quarter = int(std::round(2.0 * y));
  double r;
  switch (quarter) {
    case 0: r = std::sin(kPi * y); break;
    case 1: r = std::cos(kPi * (y - 0.5)); break;
    case 2: r = std::sin(kPi * (1.0 - y)); break;
    case 3: r = -std::cos(kPi * (y - 1.5)); break;
    default: r = std::sin(kPi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

// Integers 1..23 (gamma(n) = (n-1)!, up to 22!) are returned exactly.
constexpr int kExactIntegers = 23;

}  // namespace

double lanczos_gamma(double x, GammaError* err) {
  *err = GammaError::None;
  if (std::isnan(x)) return x;
  if (std::isinf(x)) {
    if (x > 0) return x;
    *err = GammaError::Domain;
    return NAN;
  }
  if (x == 0.0) {
    *err = GammaError::Domain;
    return std::copysign(INFINITY, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      *err = GammaError::Domain;
      return NAN;
    }
    if (x <= kExactIntegers) {
      double f = 1.0;
      for (int k = 2; k < int(x); k++) f *= k;
      return f;
    }
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r)) *err = GammaError::Range;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sin_pi(x);
    *err = GammaError::Range;
    return INFINITY;
  }
  double y = absx + kGMinusHalf;
  // z: the rounding error of y = absx + g - 1/2, computed in the order that
  // keeps it exact.
  double z;
  if (absx > kGMinusHalf) {
    double q = y - absx;
    z = q - kGMinusHalf;
  } else {
    double q = y - kGMinusHalf;
    z = q - absx;
  }
  z = z * kG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / sin_pi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double half_power = std::pow(y, absx / 2.0 - 0.25);
      r /= half_power;
      r /= half_power;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double half_power = std::pow(y, absx / 2.0 - 0.25);
      r *= half_power;
      r *= half_power;
    }
  }
  if (std::isinf(r)) *err = GammaError::Range;
  return r;
}

double lanczos_lgamma(double x, GammaError* err) {
  *err = GammaError::None;
  if (std::isnan(x)) return x;
  if (std::isinf(x)) return INFINITY;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      *err = GammaError::Domain;  // a pole
      return INFINITY;
    }
    return 0.0;  // lgamma(1) = lgamma(2) = 0
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kG;
  r += (absx - 0.5) * (std::log(absx + kG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sin_pi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) *err = GammaError::Range;
  return r;
}

}  // namespace capy
