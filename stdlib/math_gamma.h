// math.gamma and math.lgamma as CPython 3.11 computes them (math_gamma.cpp).
#pragma once

namespace capy {

// What went wrong in a gamma computation: nothing, a pole or an argument
// outside the domain (ValueError), or a result too large (OverflowError).
enum class GammaError { None, Domain, Range };

double lanczos_gamma(double x, GammaError* err);
double lanczos_lgamma(double x, GammaError* err);

}  // namespace capy
