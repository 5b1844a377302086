"""Reading facts out of what a person typed: dates of birth and ages (`dates`), how many
live in a household (`counts`), phone numbers (`phones`), a 〒 (`postal_codes`) and the
places an address or a 〒 names (`places`, from the post office's offline list: the one
module here that reads a file). `phrasing` sets aside how a value is said (a polite
ending, a correction, a hedge) so that each reads the value itself."""
