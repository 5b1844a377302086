"""Open Referral HSDS 3.0 tabular exchange of a city pack."""
