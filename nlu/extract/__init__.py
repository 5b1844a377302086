"""Reading facts out of what a person typed: the places an address or a 〒 names (from
the post office's offline list). Every lookup that touches a file lives here, outside the
conversation's pure `handlers/`."""
