package cohort

// Quantile returns the p-quantile of the sorted, non-empty values x by
// Hyndman and Fan's definition typ, 1 to 9, as R's quantile(x, p, type = typ)
// computes it: the function behind the summary's quartiles.
func Quantile(x []float64, p float64, typ int) float64 { return quantile(x, p, typ) }
