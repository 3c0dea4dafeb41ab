"""graphpaths: weighted graphs and path-finding algorithms."""
from .errors import GraphError, NegativeCycleError, NegativeWeightError, NodeNotFoundError, NoPathError
from .graph import Edge, Graph
from .grid import GridMap, GridPath, manhattan, octile
from .shortest import ShortestPaths, all_pairs, bellman_ford, dijkstra, shortest_path
from .traversal import bfs_levels, bfs_order, connected_components, is_bipartite, shortest_hops

__all__ = [
    "Edge",
    "Graph",
    "GraphError",
    "GridMap",
    "GridPath",
    "NegativeCycleError",
    "NegativeWeightError",
    "NoPathError",
    "NodeNotFoundError",
    "ShortestPaths",
    "all_pairs",
    "bellman_ford",
    "bfs_levels",
    "bfs_order",
    "connected_components",
    "dijkstra",
    "is_bipartite",
    "manhattan",
    "octile",
    "shortest_hops",
    "shortest_path",
]
