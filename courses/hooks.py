"""Places where apps that build on courses add to its pages, without courses knowing them.

`my_learning_panels` holds callables taking the user and returning
`(template_name, context)` or None; "My learning" renders each.
"""

my_learning_panels: list = []
