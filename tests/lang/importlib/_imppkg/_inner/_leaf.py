from .._child import NAME as PARENT_NAME
LEAF = "leaf"
