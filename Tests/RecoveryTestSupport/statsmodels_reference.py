"""Fits the regressions the report's effect estimates use with statsmodels, as an independent reference.

Reads a JSON file of cases from the path given as the first argument and prints one JSON object:

    {"cases": [{"name": ..., "ml": {...}, "gls": {...}}], "meta": [...]}

For each case ({"name", "days", "values", "design", "weights", "rho"}):

- "ml": the maximum-likelihood fit of a regression with AR(1) errors over consecutive days, the days
  without a value left missing: statsmodels.tsa.statespace.sarimax.SARIMAX(endog, exog=design,
  order=(1, 0, 0), trend="n"). Gives the coefficients ("params") and the autocorrelation ("rho").
- "reml": the restricted-maximum-likelihood autocorrelation of the same model, computed here from
  the dense correlation matrix (numpy) and maximised with scipy.optimize.minimize_scalar on
  (-0.95, 0.98): a computation independent of the Swift one, which whitens row by row.
- "gls": generalised least squares with the correlation rho^|ti - tj| for the case's own "rho" (the
  one the Swift fit chose): statsmodels.regression.linear_model.GLS(values, design, sigma=...).fit().
  Gives the coefficients, their standard errors, and for each row of "weights" the estimate, standard
  error and 95% interval of that combination (results.t_test(weights), Student's t on n - k degrees of
  freedom).

For each meta-analysis ({"name", "effects", "variances"}) under "meta":
statsmodels.stats.meta_analysis.combine_effects(effects, variances, method_re="dl"): the
DerSimonian-Laird random-effects pooled effect ("random") and the fixed-effect one ("fixed"), each
with its standard error and 95% interval, and tau^2.
"""

import json
import sys
import warnings

import numpy as np
from scipy.optimize import minimize_scalar
from statsmodels.regression.linear_model import GLS
from statsmodels.stats.meta_analysis import combine_effects
from statsmodels.tsa.statespace.sarimax import SARIMAX


def maximum_likelihood(days, values, design):
    first, last = days[0], days[-1]
    length = last - first + 1
    width = len(design[0])
    endog = np.full(length, np.nan)
    exog = np.zeros((length, width))
    for day, value, row in zip(days, values, design):
        endog[day - first] = value
        exog[day - first] = row
    # Ordinary least squares on the observed days gives the optimiser a start near the answer.
    x = np.array(design, dtype=float)
    y = np.array(values, dtype=float)
    beta, *_ = np.linalg.lstsq(x, y, rcond=None)
    residual = y - x @ beta
    start = list(beta) + [0.3, max(float(np.var(residual)), 1e-3)]
    model = SARIMAX(endog, exog=exog, order=(1, 0, 0), trend="n")
    best = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for method in ("lbfgs", "powell", "nm"):
            result = model.fit(start_params=start, method=method, maxiter=5000, disp=False)
            if best is None or result.llf > best.llf:
                best = result
            start = list(best.params)
        # A last polish from the best point found.
        result = model.fit(start_params=list(best.params), method="lbfgs", maxiter=5000, disp=False)
        if result.llf > best.llf:
            best = result
    params = np.asarray(best.params)
    return {
        "params": [float(p) for p in params[:width]],
        "rho": float(params[width]),
        "llf": float(best.llf),
    }


def restricted_maximum_likelihood(days, values, design):
    t = np.array(days, dtype=float)
    x = np.array(design, dtype=float)
    y = np.array(values, dtype=float)
    n, k = x.shape

    def negative(rho):
        correlation = rho ** np.abs(t[:, None] - t[None, :])
        inverse = np.linalg.inv(correlation)
        cross = x.T @ inverse @ x
        beta = np.linalg.solve(cross, x.T @ inverse @ y)
        residual = y - x @ beta
        squares = residual @ inverse @ residual
        return 0.5 * (
            (n - k) * np.log(squares / (n - k))
            + np.linalg.slogdet(correlation)[1]
            + np.linalg.slogdet(cross)[1]
        )

    grid = np.arange(-0.95, 0.98 + 1e-9, 0.01)
    start = grid[int(np.argmin([negative(r) for r in grid]))]
    low, high = max(-0.95, start - 0.01), min(0.98, start + 0.01)
    result = minimize_scalar(negative, bounds=(low, high), method="bounded", options={"xatol": 1e-9})
    return {"rho": float(result.x)}


def generalised_least_squares(days, values, design, rho, weights):
    t = np.array(days, dtype=float)
    sigma = rho ** np.abs(t[:, None] - t[None, :])
    result = GLS(np.array(values, dtype=float), np.array(design, dtype=float), sigma=sigma).fit()
    contrasts = []
    for row in weights:
        test = result.t_test(np.array([row], dtype=float))
        low, high = test.conf_int(alpha=0.05)[0]
        contrasts.append(
            {
                "estimate": float(np.asarray(test.effect).ravel()[0]),
                "se": float(np.asarray(test.sd).ravel()[0]),
                "low": float(low),
                "high": float(high),
            }
        )
    return {
        "params": [float(p) for p in result.params],
        "bse": [float(b) for b in result.bse],
        "contrasts": contrasts,
    }


def meta_analysis(effects, variances):
    result = combine_effects(np.array(effects), np.array(variances), method_re="dl")
    frame = result.summary_frame(alpha=0.05)
    # statsmodels leaves a negative moment estimate of tau^2 as it is, where DerSimonian and Laird
    # truncate it at zero, which makes the random-effects result the fixed-effect one: both rows are
    # given, and the caller compares with the one that applies.
    rows = {}
    for name in ("random effect", "fixed effect"):
        row = frame.loc[name]
        rows[name.split()[0]] = {
            "effect": float(row["eff"]),
            "se": float(row["sd_eff"]),
            "low": float(row["ci_low"]),
            "high": float(row["ci_upp"]),
        }
    return {**rows, "tau2": float(result.tau2)}


def main():
    with open(sys.argv[1]) as handle:
        request = json.load(handle)
    answer = {"cases": [], "meta": []}
    for case in request.get("cases", []):
        answer["cases"].append(
            {
                "name": case["name"],
                "ml": maximum_likelihood(case["days"], case["values"], case["design"]),
                "reml": restricted_maximum_likelihood(case["days"], case["values"], case["design"]),
                "gls": generalised_least_squares(
                    case["days"], case["values"], case["design"], case["rho"], case["weights"]
                ),
            }
        )
    for meta in request.get("meta", []):
        answer["meta"].append(
            {"name": meta["name"], **meta_analysis(meta["effects"], meta["variances"])}
        )
    json.dump(answer, sys.stdout)


if __name__ == "__main__":
    main()
