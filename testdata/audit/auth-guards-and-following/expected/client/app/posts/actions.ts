import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const archivePost = /*#__PURE__*/ createServerReference("z6gLfnXiTecpQB1vtLbhQpKUdj2I8yk4bZQprfKHOnBmex5bmBr4p8CVF0YhisSmBk_dTQ", callServer, undefined, findSourceMapURL, "archivePost");
export const deletePost = /*#__PURE__*/ createServerReference("z6gLq7SsVq_bsSLq2lz80McuoYJIEmPb0BNtQe9McxSCSlHuZk7-k1-SQNsaVBlsUDl4", callServer, undefined, findSourceMapURL, "deletePost");
export const likePost = /*#__PURE__*/ createServerReference("z6gL8YNbX1yHo0a9SqHn8oNoMEcM9Vd6vWLCEzZDdcc00X4FmdFWe5svrhjiSc-RxA", callServer, undefined, findSourceMapURL, "likePost");
export const peekPost = /*#__PURE__*/ createServerReference("z6gLYXUczxdNGNZg0geeslkzhupXWyToOeQ-O4VFBSKTXpMbWCs5ozVOie56UykFyg", callServer, undefined, findSourceMapURL, "peekPost");
export const pinPost = /*#__PURE__*/ createServerReference("z6gLrnzFqXGVcsyT14rGjWl_TGFgJqPB59EcNLePlNuZb_Sks_ltKMuM1Wp7Eddk", callServer, undefined, findSourceMapURL, "pinPost");
export const purgePost = /*#__PURE__*/ createServerReference("z6gLG4Q7D8Bfu3I4oZssvauyjkjFJFLGBwLVeCS2XoIn72hPxaqdq6LSx-jXTb3jaxE", callServer, undefined, findSourceMapURL, "purgePost");
export const renamePost = /*#__PURE__*/ createServerReference("z6gLY2QS_73i8ISRHJ3mBx7TgmLuhGL7ANMMPYdKnQbpgasaZf-_2kfoQN-r4VEdIxwR", callServer, undefined, findSourceMapURL, "renamePost");
export const reportPost = /*#__PURE__*/ createServerReference("z6gLOvLXHYiDhW4_1zBTIK66tCtp10wtZ6fIHuZ3FuYUrvLvu1CHMw9zWyzHe8SoGtaw", callServer, undefined, findSourceMapURL, "reportPost");
export const sharePost = /*#__PURE__*/ createServerReference("z6gLxFhxdG0OH0JUBbOWUXu8dwIcNpB52v_03__2fPtRtSlAB5rcLDqv71dlLLRt1B4", callServer, undefined, findSourceMapURL, "sharePost");
export const startSignUp = /*#__PURE__*/ createServerReference("z6gLKS4Czw_P8UfHUaaTExVDKScTeBcBtHnh9ycmkPCJ2kSYk62SYiSt-tKhWv4bPoMrBw", callServer, undefined, findSourceMapURL, "startSignUp");
//# sourceMappingURL=actions.ts.map
